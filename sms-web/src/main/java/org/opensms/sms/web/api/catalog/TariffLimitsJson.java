package org.opensms.sms.web.api.catalog;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opensms.sms.catalog.TariffLimits;
import org.opensms.sms.catalog.TariffLimitsDetails;
import org.opensms.sms.web.api.JsonInput;
import org.opensms.sms.web.api.Money;

/** Tariff limits in force from a day on; also the body of POST /catalog/tariff-limits (without the recorded fields). */
@Schema(name = "TariffLimits")
public record TariffLimitsJson(
        @Schema(required = true, description = "Today or later") LocalDate effectiveFrom,
        @Schema(required = true, description = "Highest MRP of a pay channel in a bouquet, rupees", example = "19.00") String bouquetChannelMrpCap,
        @Schema(required = true, description = "Largest bouquet discount on its pay channels' MRPs, percent", example = "45.00") String bouquetDiscountCap,
        @Schema(description = "No price above the MRP; default true") boolean priceNotAboveMrp,
        @Schema(readOnly = true) Instant recordedAt, @Schema(readOnly = true) String recordedBy,
        @Schema(readOnly = true) String recordedVia) {

    static TariffLimitsJson of(TariffLimits l) {
        return new TariffLimitsJson(l.getEffectiveFrom(), Money.text(l.getBouquetChannelMrpCap()),
                Money.text(l.getBouquetDiscountCap()), l.isPriceNotAboveMrp(), l.getRecordedAt(), l.getRecordedBy(),
                l.getRecordedVia().name());
    }

    static TariffLimitsDetails read(JsonInput in) {
        in.allowOnly("effectiveFrom", "bouquetChannelMrpCap", "bouquetDiscountCap", "priceNotAboveMrp");
        return new TariffLimitsDetails(in.string("effectiveFrom"), in.text("bouquetChannelMrpCap"),
                in.text("bouquetDiscountCap"), in.bool("priceNotAboveMrp"));
    }
}
