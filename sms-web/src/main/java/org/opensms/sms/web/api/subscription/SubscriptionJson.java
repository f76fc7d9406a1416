package org.opensms.sms.web.api.subscription;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opensms.sms.subscription.Subscription;
import org.opensms.sms.subscription.SubscriptionEvent;

/** A subscription as the REST API shows it; on GET /subscriptions/{id}, with its history (oldest first). */
@Schema(name = "Subscription")
public record SubscriptionJson(
        long id,
        String customerId,
        @Schema(description = "The STB's serial") String stb,
        @Schema(description = "Product code") String product,
        @Schema(description = "First day covered (India)") LocalDate startDate,
        @Schema(description = "Last day covered (India)") LocalDate endDate,
        @Schema(enumeration = {"ACTIVE", "EXPIRED", "CANCELLED"}) String status,
        boolean autoRenew,
        @Schema(description = "First day no longer covered once it ended") LocalDate endedOn,
        Instant createdAt, String createdBy, String createdVia, Instant updatedAt,
        List<SubscriptionEventJson> history) {

    static SubscriptionJson of(Subscription s) {
        return of(s, null);
    }

    static SubscriptionJson of(Subscription s, List<SubscriptionEvent> history) {
        return new SubscriptionJson(s.getId(), s.getCustomerId(), s.getStbSerial(), s.getProductCode(), s.getStartDate(),
                s.getEndDate(), s.getStatus().name(), s.isAutoRenew(), s.getEndedOn(), s.getCreatedAt(), s.getCreatedBy(),
                s.getCreatedVia().name(), s.getUpdatedAt(),
                history == null ? null : history.stream().map(SubscriptionEventJson::of).toList());
    }
}
