package org.opensms.sms.web.api.catalog;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a product list, with the total that matches the filters. */
@Schema(name = "ProductPage")
public record ProductPageJson(long total, int offset, int limit, List<ProductJson> items) {
}
