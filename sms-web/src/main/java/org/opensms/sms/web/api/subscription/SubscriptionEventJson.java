package org.opensms.sms.web.api.subscription;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opensms.sms.subscription.SubscriptionEvent;

/** One change of a subscription: what, the period after it, who, when and from which surface. */
@Schema(name = "SubscriptionEvent")
public record SubscriptionEventJson(
        long subscriptionId, String customerId, String stb, String product,
        @Schema(enumeration = {"SUBSCRIBED", "RENEWED", "CHANGED", "MOVED", "CANCELLED", "EXPIRED"}) String kind,
        LocalDate startDate, LocalDate endDate, String detail, Instant occurredAt,
        @Schema(description = "The account, or system for the renewal run") String occurredBy,
        @Schema(enumeration = {"CONSOLE", "REST", "SOAP", "SYSTEM"}) String occurredVia) {

    static SubscriptionEventJson of(SubscriptionEvent e) {
        return new SubscriptionEventJson(e.getSubscriptionId(), e.getCustomerId(), e.getStbSerial(), e.getProductCode(),
                e.getKind().name(), e.getStartDate(), e.getEndDate(), e.getDetail(), e.getOccurredAt(), e.getOccurredBy(),
                e.getOccurredVia().name());
    }
}
