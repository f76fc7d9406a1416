package org.opensms.sms.catalog;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.opensms.sms.shared.InputCheck;

/**
 * New tariff limits as text: from a day (required, today or later), the MRP cap for channels in bouquets (rupees),
 * the bouquet discount cap (percent, 0 to 100) and whether prices may not exceed the MRP (default true).
 */
public record TariffLimitsDetails(String effectiveFrom, String bouquetChannelMrpCap, String bouquetDiscountCap,
                                  Boolean priceNotAboveMrp) implements Serializable {

    public record Checked(LocalDate effectiveFrom, BigDecimal bouquetChannelMrpCap, BigDecimal bouquetDiscountCap,
                          boolean priceNotAboveMrp) {
    }

    public Checked check() {
        InputCheck check = new InputCheck();
        LocalDate from = check.date("effectiveFrom", check.required("effectiveFrom", effectiveFrom, 10));
        BigDecimal cap = check.amount("bouquetChannelMrpCap", check.required("bouquetChannelMrpCap", bouquetChannelMrpCap, 20));
        BigDecimal discount = check.amount("bouquetDiscountCap", check.required("bouquetDiscountCap", bouquetDiscountCap, 10));
        if (discount != null && discount.compareTo(new BigDecimal("100")) > 0) {
            check.add("bouquetDiscountCap", "is a percentage: at most 100, got " + discount.toPlainString());
        }
        check.throwIfInvalid();
        return new Checked(from, cap, discount, priceNotAboveMrp == null || priceNotAboveMrp);
    }
}
