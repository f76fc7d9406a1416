package org.opensms.sms.web.api.subscription;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opensms.sms.subscription.ActiveProduct;

/** A product an STB has on the day asked or will have later, until when, and the channels it carries then. */
@Schema(name = "ActiveProduct")
public record ActiveProductJson(long subscriptionId, String customerId, String stb, String product, String productName,
                                String kind, LocalDate startDate,
                                @Schema(description = "Last day covered") LocalDate endDate, boolean autoRenew,
                                @Schema(description = "False: it starts after the day asked") boolean runningOnDay,
                                @Schema(description = "Channel codes it carries that day (its start day if later)") List<String> channels) {

    static ActiveProductJson of(ActiveProduct a) {
        return new ActiveProductJson(a.subscriptionId(), a.customerId(), a.stb(), a.productCode(), a.productName(),
                a.kind().name(), a.startDate(), a.endDate(), a.autoRenew(), a.runningOnDay(), a.channels());
    }
}
