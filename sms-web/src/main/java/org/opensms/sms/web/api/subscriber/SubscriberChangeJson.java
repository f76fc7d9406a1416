package org.opensms.sms.web.api.subscriber;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opensms.sms.subscriber.SubscriberChange;

/** One line of a subscriber's history. */
@Schema(name = "SubscriberChange")
public record SubscriberChangeJson(
        @Schema(description = "The field as the API names it; status for the registration and each status change",
                example = "mobile") String field,
        String oldValue,
        String newValue,
        @Schema(description = "For status changes: the reason given") String reason,
        @Schema(description = "The account that made the change") String changedBy,
        @Schema(enumeration = {"CONSOLE", "REST", "SOAP", "SYSTEM"}) String surface,
        Instant changedAt) {

    static SubscriberChangeJson of(SubscriberChange c) {
        return new SubscriberChangeJson(c.getField(), c.getOldValue(), c.getNewValue(), c.getReason(), c.getChangedBy(),
                c.getSurface().name(), c.getChangedAt());
    }
}
