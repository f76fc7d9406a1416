package org.opensms.sms.web.api.catalog;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a channel list, with the total that matches the filters. */
@Schema(name = "ChannelPage")
public record ChannelPageJson(long total, int offset, int limit, List<ChannelJson> items) {
}
