package org.opensms.sms.web.api.subscriber;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a subscriber list, with the total that matches the filters; {@code searchedBy} says what the search
 * text {@code q} was read as (CUSTOMER_ID, MOBILE, STB, CARD or NAME), null without {@code q}.
 */
@Schema(name = "SubscriberPage")
public record SubscriberPageJson(long total, int offset, int limit, List<SubscriberJson> items, String searchedBy) {
}
