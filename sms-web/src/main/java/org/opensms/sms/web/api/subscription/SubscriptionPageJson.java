package org.opensms.sms.web.api.subscription;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of subscriptions; {@code total} is given where the list counts its matches (holders). */
@Schema(name = "SubscriptionPage")
public record SubscriptionPageJson(Long total, int offset, int limit, List<SubscriptionJson> items) {
}
