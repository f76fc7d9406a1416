package org.opensms.sms.subscriber;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.opensms.sms.shared.EmailAddress;
import org.opensms.sms.shared.InputCheck;
import org.opensms.sms.shared.MobileNumber;

/** The checks of each subscriber field, shared by registration and change so that both refuse the same things. */
final class SubscriberFields {

    /** Contract and CAF numbers: letters and digits, with / - _ . inside. */
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9/_.-]*[A-Za-z0-9])?");
    private static final Pattern LANDLINE = Pattern.compile("0[1-9][0-9]{6,13}");
    static final LocalDate EARLIEST_CAF = LocalDate.of(1990, 1, 1);
    static final int MAX_LCO_CODE = 20;

    private SubscriberFields() {
    }

    static String name(InputCheck check, String field, String text) {
        return check.required(field, text, Subscriber.MAX_NAME);
    }

    static MobileNumber mobile(InputCheck check, String field, String text) {
        return check.convert(field, check.required(field, text, 20), MobileNumber::parse);
    }

    static EmailAddress email(InputCheck check, String field, String text) {
        return check.convert(field, check.optional(field, text, EmailAddress.MAX_LENGTH), EmailAddress::parse);
    }

    static String landline(InputCheck check, String field, String text) {
        String l = check.optional(field, text, 20);
        if (l != null) {
            l = l.replaceAll("[\\s\\-()]", "");
            if (!LANDLINE.matcher(l).matches()) {
                check.add(field, "must be an Indian landline with STD code, like 080 2345 6789, got '" + text + "'");
                return null;
            }
        }
        return l;
    }

    /** A contract or CAF number: up to {@code max} letters, digits and / - _ . (not first or last). */
    static String code(InputCheck check, String field, String text, int max) {
        String c = check.optional(field, text, max);
        if (c != null && !CODE.matcher(c).matches()) {
            check.add(field, "must be letters and digits, with / - _ . between them, like CAF/2026/0042, got '" + text + "'");
            return null;
        }
        return c;
    }

    static String area(InputCheck check, String field, String text) {
        return check.optional(field, text, Subscriber.MAX_AREA);
    }

    /** The id of the LCO with this code, or an error naming the field when there is none. */
    static Long lco(InputCheck check, String field, String text, Function<String, Optional<Long>> lcoIds) {
        String code = check.optional(field, text, MAX_LCO_CODE);
        if (code == null) {
            return null;
        }
        Optional<Long> id = lcoIds.apply(code);
        if (id.isEmpty()) {
            check.add(field, "no LCO has the code '" + code + "'");
            return null;
        }
        return id.get();
    }

    /** The CAF date: 2026-11-25 or 25-11-2026, not after today (India) and not before 1990. */
    static LocalDate cafDate(InputCheck check, String field, String text, LocalDate today) {
        LocalDate d = check.date(field, text);
        if (d == null) {
            return null;
        }
        if (d.isAfter(today)) {
            check.add(field, "must not be in the future, got " + d);
            return null;
        }
        if (d.isBefore(EARLIEST_CAF)) {
            check.add(field, "must be " + EARLIEST_CAF + " or later, got " + d);
            return null;
        }
        return d;
    }

    /** A CAF number and date go together: {@code hasNumber}/{@code hasDate} say whether each is (or will be) there. */
    static void cafPair(InputCheck check, boolean hasNumber, boolean hasDate) {
        if (hasNumber && !hasDate) {
            check.add("cafDate", "is required with the CAF number");
        }
        if (!hasNumber && hasDate) {
            check.add("cafNumber", "is required with the CAF date");
        }
    }
}
