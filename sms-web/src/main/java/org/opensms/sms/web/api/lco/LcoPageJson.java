package org.opensms.sms.web.api.lco;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of an LCO list, with the total that matches the filters. */
@Schema(name = "LcoPage")
public record LcoPageJson(long total, int offset, int limit, List<LcoJson> items) {
}
