package org.opensms.sms.catalog;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.opensms.sms.shared.BusinessCalendar;
import org.opensms.sms.shared.InputCheck;

/**
 * A product's details as text from any surface. On creation: code, name, kind, CAS product id, price and channels
 * (channel codes; exactly one for A_LA_CARTE) are required; {@code mrp} is required for a BROADCASTER_BOUQUET and
 * refused for other kinds (an a-la-carte product's MRP is its channel's); {@code broadcaster} is required for a
 * BROADCASTER_BOUQUET; an EVENT needs its window ({@code eventStart}, {@code eventEnd}: an ISO instant such as
 * 2026-12-01T12:30:00Z or a time in India such as 2026-12-01T18:00); {@code validityDays} is the prepaid period
 * (default 30); {@code effectiveFrom} (default today) is when price and channels take effect. On update, only name,
 * broadcaster, validity, event window and status are read.
 */
public record ProductDetails(String code, String name, String kind, String broadcaster, String casProductId,
                             String validityDays, String eventStart, String eventEnd, String price, String mrp,
                             String effectiveFrom, List<String> channels, String status) implements Serializable {

    public static final int DEFAULT_VALIDITY_DAYS = 30;
    static final Duration LONGEST_EVENT = Duration.ofDays(31);

    public record Checked(String code, String name, ProductKind kind, String broadcaster, String casProductId,
                          int validityDays, Instant eventStart, Instant eventEnd, BigDecimal price, BigDecimal mrp,
                          LocalDate effectiveFrom, Set<String> channels, CatalogStatus status) {
    }

    /**
     * Reads every field, or throws an InvalidInputException listing every bad one. Touches no database.
     *
     * @param kindOnUpdate the product's kind when updating (null when creating)
     */
    public Checked check(ProductKind kindOnUpdate) {
        boolean creating = kindOnUpdate == null;
        InputCheck check = new InputCheck();
        String c = creating ? CatalogCode.code(check, "code", code, true) : null;
        String n = check.required("name", name, Product.MAX_NAME);
        ProductKind k = creating ? check.choice("kind", check.required("kind", kind, 20), ProductKind.class) : kindOnUpdate;
        String b = check.optional("broadcaster", broadcaster, Channel.MAX_BROADCASTER);
        if (k == ProductKind.BROADCASTER_BOUQUET && b == null) {
            check.add("broadcaster", "is required for a broadcaster bouquet");
        }
        String cas = creating ? CatalogCode.casId(check, "casProductId", casProductId) : null;
        Integer v = check.whole("validityDays", validityDays, 1, Product.MAX_VALIDITY_DAYS);
        Instant es = instant(check, "eventStart", eventStart);
        Instant ee = instant(check, "eventEnd", eventEnd);
        if (k == ProductKind.EVENT) {
            if (es == null && !check.hasErrors()) {
                check.add("eventStart", "is required for an event package");
            }
            if (ee == null && !check.hasErrors()) {
                check.add("eventEnd", "is required for an event package");
            }
            if (es != null && ee != null && !ee.isAfter(es)) {
                check.add("eventEnd", "must be after eventStart");
            } else if (es != null && ee != null && Duration.between(es, ee).compareTo(LONGEST_EVENT) > 0) {
                check.add("eventEnd", "an event lasts at most " + LONGEST_EVENT.toDays() + " days");
            }
        } else if (k != null && (es != null || ee != null)) {
            check.add(es != null ? "eventStart" : "eventEnd", "only an EVENT product has an event window");
        }
        BigDecimal p = null;
        BigDecimal m = null;
        LocalDate from = null;
        Set<String> ch = new LinkedHashSet<>();
        if (creating) {
            p = check.amount("price", check.required("price", price, 20));
            m = check.amount("mrp", mrp);
            if (k == ProductKind.BROADCASTER_BOUQUET && m == null && mrp == null) {
                check.add("mrp", "is required for a broadcaster bouquet (the broadcaster's MRP)");
            } else if (k != null && k != ProductKind.BROADCASTER_BOUQUET && m != null) {
                check.add("mrp", "only a broadcaster bouquet has an MRP of its own; an a-la-carte product's MRP is its channel's");
            }
            from = check.date("effectiveFrom", effectiveFrom);
            ch = channelCodes(check, channels, k);
        }
        CatalogStatus s = check.choice("status", status, CatalogStatus.class);
        check.throwIfInvalid();
        int validity = v != null ? v : DEFAULT_VALIDITY_DAYS;
        return new Checked(c, n, k, b, cas, validity, es, ee, p, m, from, ch, s);
    }

    /** Channel codes, at least one, no repeats; exactly one for an a-la-carte product. */
    static Set<String> channelCodes(InputCheck check, List<String> codes, ProductKind kind) {
        Set<String> out = new LinkedHashSet<>();
        if (codes == null || codes.isEmpty()) {
            check.add("channels", "must name at least one channel code");
            return out;
        }
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = CatalogCode.code(check, "channels[" + i + "]", codes.get(i), true);
            if (code != null && !out.add(code)) {
                bad.add(code);
            }
        }
        if (!bad.isEmpty()) {
            check.add("channels", "names " + String.join(", ", bad) + " more than once");
        }
        if (kind == ProductKind.A_LA_CARTE && out.size() != 1) {
            check.add("channels", "an a-la-carte product carries exactly one channel, got " + out.size());
        }
        return out;
    }

    /** An ISO instant (2026-12-01T12:30:00Z) or a local date-time in India (2026-12-01T18:00); blank is null. */
    static Instant instant(InputCheck check, String field, String text) {
        String t = check.optional(field, text, 40);
        if (t == null) {
            return null;
        }
        try {
            return t.endsWith("Z") || t.matches(".*[+-]\\d\\d:\\d\\d$") ? java.time.OffsetDateTime.parse(t).toInstant()
                    : LocalDateTime.parse(t).atZone(BusinessCalendar.INDIA).toInstant();
        } catch (DateTimeParseException e) {
            check.add(field, "must be a time like 2026-12-01T18:00 (India) or 2026-12-01T12:30:00Z, got '" + text + "'");
            return null;
        }
    }
}
