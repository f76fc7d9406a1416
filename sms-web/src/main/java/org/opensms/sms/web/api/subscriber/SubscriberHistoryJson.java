package org.opensms.sms.web.api.subscriber;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subscriber's history, oldest first. */
@Schema(name = "SubscriberHistory")
public record SubscriberHistoryJson(String customerId, String status, List<SubscriberChangeJson> changes) {
}
