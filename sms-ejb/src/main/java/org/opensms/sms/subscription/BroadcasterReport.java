package org.opensms.sms.subscription;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The monthly subscription report broadcasters bill on: for each pay channel and each product, the number of STBs
 * that had it on the 7th, 14th, 21st and 28th of the month, and the average of the four (rounded half up to two
 * decimals). An STB counts once per channel however many of its products carry the channel. {@code broadcaster} is
 * the one the report was narrowed to, or null for all.
 */
public record BroadcasterReport(YearMonth month, String broadcaster, List<LocalDate> days, List<Line> channels,
                                List<Line> products) {

    /** One channel or product: code, name, broadcaster, kind (products) and its counts on the report days. */
    public record Line(String code, String name, String broadcaster, String kind, List<Long> counts, BigDecimal average) {
    }
}
