package org.opensms.sms.web.api.catalog;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The channels a product carries on a day. */
@Schema(name = "LineUp")
public record LineUpJson(String product, LocalDate day, List<ChannelJson> channels) {
}
