package org.opensms.sms.catalog;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.opensms.sms.shared.IndianState;
import org.opensms.sms.shared.InputCheck;

/**
 * A new NCF rule as text from any surface. {@code slabs} in increasing order of {@code upTo} (SD-equivalent channels;
 * the last may be blank: any number) with non-decreasing amounts; {@code stepChannels} and {@code stepAmount} go
 * together and only after a bounded last slab; {@code state} (two-letter code) and {@code customerClass} (e.g.
 * RESIDENTIAL, COMMERCIAL) narrow the rule, blank for all; {@code effectiveFrom} defaults to today;
 * {@code additionalTvPercent} (0 to 100) is the share a further TV in the home pays.
 */
public record NcfRuleDetails(String name, String state, String customerClass, String effectiveFrom,
                             List<Slab> slabs, String stepChannels, String stepAmount, String additionalTvPercent)
        implements Serializable {

    /** One slab as text. */
    public record Slab(String upTo, String amount) implements Serializable {
    }

    public record Checked(String name, IndianState state, String customerClass, LocalDate effectiveFrom,
                          List<NcfSlab> slabs, Integer stepChannels, BigDecimal stepAmount, BigDecimal additionalTvPercent) {
    }

    /** Reads every field, or throws an InvalidInputException listing every bad one. Touches no database. */
    public Checked check() {
        InputCheck check = new InputCheck();
        String n = check.required("name", name, NcfRule.MAX_NAME);
        IndianState st = check.convert("state", check.optional("state", state, 40), IndianState::parse);
        String cc = customerClass(check, customerClass);
        LocalDate from = check.date("effectiveFrom", effectiveFrom);
        List<NcfSlab> out = new ArrayList<>();
        if (slabs == null || slabs.isEmpty()) {
            check.add("slabs", "must hold at least one slab");
        } else {
            Integer previousUpTo = 0;
            BigDecimal previousAmount = BigDecimal.ZERO;
            for (int i = 0; i < slabs.size(); i++) {
                Slab s = slabs.get(i);
                String f = "slabs[" + i + "].";
                Integer upTo = s == null ? null : check.whole(f + "upTo", s.upTo(), 1, 100_000);
                BigDecimal amount = s == null ? null : check.amount(f + "amount", check.required(f + "amount", s.amount(), 20));
                if (s != null && (s.upTo() == null || s.upTo().isBlank()) && i < slabs.size() - 1) {
                    check.add(f + "upTo", "is required except on the last slab");
                }
                if (upTo != null && previousUpTo != null && upTo <= previousUpTo) {
                    check.add(f + "upTo", "must be more than the previous slab's (" + previousUpTo + "), got " + upTo);
                }
                if (amount != null && amount.compareTo(previousAmount) < 0) {
                    check.add(f + "amount", "must not be less than the previous slab's (" + previousAmount.toPlainString() + ")");
                }
                out.add(new NcfSlab(i + 1, upTo, amount));
                previousUpTo = upTo;
                previousAmount = amount == null ? previousAmount : amount;
            }
        }
        Integer sc = check.whole("stepChannels", stepChannels, 1, 10_000);
        BigDecimal sa = check.amount("stepAmount", stepAmount);
        if ((sc == null) != (sa == null) && !check.hasErrors()) {
            check.add(sc == null ? "stepChannels" : "stepAmount", "stepChannels and stepAmount go together");
        }
        if (sc != null && !out.isEmpty() && out.get(out.size() - 1).getUpToChannels() == null) {
            check.add("stepChannels", "a step needs a bounded last slab (the last slab already covers any number)");
        }
        BigDecimal pct = check.amount("additionalTvPercent", check.required("additionalTvPercent", additionalTvPercent, 10));
        if (pct != null && pct.compareTo(new BigDecimal("100")) > 0) {
            check.add("additionalTvPercent", "must be at most 100, got " + pct.toPlainString());
        }
        check.throwIfInvalid();
        return new Checked(n, st, cc, from, out, sc, sa, pct);
    }

    /** A customer class: 2 to 20 of A-Z, 0-9 and '_', kept in upper case; blank is null (all classes). */
    public static String customerClass(InputCheck check, String text) {
        String v = check.optional("customerClass", text, NcfRule.MAX_CLASS);
        if (v == null) {
            return null;
        }
        v = v.toUpperCase(Locale.ROOT).replace(' ', '_');
        if (!v.matches("[A-Z0-9_]{2,20}")) {
            check.add("customerClass", "must be 2 to 20 letters, digits or '_' (like RESIDENTIAL), got '" + text + "'");
            return null;
        }
        return v;
    }
}
