package org.opensms.sms.subscriber;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import org.opensms.sms.shared.InputCheck;
import org.opensms.sms.shared.InvalidInputException;

/**
 * The single search box: one text read as whatever it can be, the first reading that finds someone winning, each an
 * indexed query:
 * <ul>
 * <li>a mobile number (10 digits, or with +91): the mobile;</li>
 * <li>other digits: a smart-card number, an STB serial (both exact, current pairs), the start of a mobile, the start
 * of a customer ID;</li>
 * <li>one word with digits: a customer ID (when it starts like one), an STB serial, a card number, the start of a
 * customer ID;</li>
 * <li>anything else: the start of the name.</li>
 * </ul>
 */
public final class SubscriberSearch {

    /** What the text was read as. */
    public enum By { CUSTOMER_ID, MOBILE, STB, CARD, NAME }

    /** A reading of the text and the filter it gives. */
    public record Reading(By by, SubscriberFilter filter) {
    }

    private SubscriberSearch() {
    }

    /**
     * The reading to use: the first of {@link #readings} whose count is above zero, else the first reading (which then
     * finds nobody).
     */
    public static Reading choose(String text, String customerIdPrefix, ToLongFunction<SubscriberFilter> count) {
        List<Reading> readings = readings(text, customerIdPrefix);
        if (readings.size() > 1) {
            for (Reading r : readings) {
                if (count.applyAsLong(r.filter()) > 0) {
                    return r;
                }
            }
        }
        return readings.get(0);
    }

    /** Every reading of the text, in the order they are tried; INVALID_INPUT ("q") for a blank or too long text. */
    public static List<Reading> readings(String text, String customerIdPrefix) {
        InputCheck check = new InputCheck();
        String t = check.required("q", text, Subscriber.MAX_NAME);
        check.throwIfInvalid();
        List<Reading> out = new ArrayList<>();
        if (t.matches("\\+?[0-9][0-9 -]*")) {
            String digits = t.replaceAll("\\D", "");
            if (t.startsWith("+91") || digits.length() == 12 && digits.startsWith("91")) {
                digits = digits.substring(2);
            }
            if (digits.length() == 10) {
                out.add(reading(By.MOBILE, null, digits, null, null, null));
            } else {
                out.add(reading(By.CARD, null, null, null, null, digits));
                out.add(reading(By.STB, null, null, null, digits, null));
                if (digits.length() < 10) {
                    out.add(reading(By.MOBILE, null, digits, null, null, null));
                }
                out.add(reading(By.CUSTOMER_ID, digits, null, null, null, null));
            }
        } else if (!t.contains(" ") && t.matches(".*[0-9].*")) {
            String upper = t.toUpperCase(Locale.ROOT);
            if (!customerIdPrefix.isEmpty() && upper.startsWith(customerIdPrefix)) {
                out.add(reading(By.CUSTOMER_ID, upper, null, null, null, null));
            }
            out.add(reading(By.STB, null, null, null, upper, null));
            out.add(reading(By.CARD, null, null, null, null, upper));
            out.add(reading(By.CUSTOMER_ID, upper, null, null, null, null));
        } else {
            out.add(reading(By.NAME, null, null, t, null, null));
        }
        out.removeIf(r -> r.filter() == null);
        if (out.isEmpty()) {
            out.add(reading(By.NAME, null, null, t, null, null));
        }
        return out;
    }

    /** The reading, or one with a null filter when the text cannot be such a value (e.g. an STB serial with a '/'). */
    private static Reading reading(By by, String customerId, String mobile, String name, String stb, String card) {
        try {
            InputCheck check = new InputCheck();
            SubscriberFilter f = SubscriberFilter.parse(check, customerId, name, mobile, null, null, null, null, null, stb, card);
            check.throwIfInvalid();
            return new Reading(by, f);
        } catch (InvalidInputException e) {
            return new Reading(by, null);
        }
    }
}
