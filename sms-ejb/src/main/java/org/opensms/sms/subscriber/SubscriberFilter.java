package org.opensms.sms.subscriber;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.opensms.sms.lco.LcoCode;
import org.opensms.sms.shared.IndianState;
import org.opensms.sms.shared.InputCheck;
import org.opensms.sms.stock.DeviceType;

/**
 * What a subscriber list is narrowed to; null means any, and the filters given must all hold. Every filter is served
 * by an index:
 * <ul>
 * <li>customer ID, name (without regard to case), mobile, city and area match from the start of the value;</li>
 * <li>state, status and the LCO (its code, without regard to case) match exactly;</li>
 * <li>{@code stb} and {@code card} (a serial or card number, without regard to case) find the subscriber holding that
 * device in a <em>current</em> pair: a device unpaired or replaced earlier finds nobody.</li>
 * </ul>
 */
public record SubscriberFilter(String customerId, String name, String mobile, String city, IndianState state,
                               SubscriberStatus status, String lco, String area, String stb, String card)
        implements Serializable {

    public static final SubscriberFilter ALL = new SubscriberFilter(null, null, null, null, null, null);

    /** The filters of the first subscriber lists (no LCO, area or device). */
    public SubscriberFilter(String customerId, String name, String mobile, String city, IndianState state,
                            SubscriberStatus status) {
        this(customerId, name, mobile, city, state, status, null, null, null, null);
    }

    /** This filter, also narrowed to an LCO (code). */
    public SubscriberFilter withLco(String code) {
        return new SubscriberFilter(customerId, name, mobile, city, state, status, code, area, stb, card);
    }

    /** This filter, also narrowed to an area (prefix). */
    public SubscriberFilter withArea(String prefix) {
        return new SubscriberFilter(customerId, name, mobile, city, state, status, lco, prefix, stb, card);
    }

    /** This filter, also narrowed to the holder of a set-top box (serial) in a current pair. */
    public SubscriberFilter withStb(String serial) {
        return new SubscriberFilter(customerId, name, mobile, city, state, status, lco, area, serial, card);
    }

    /** This filter, also narrowed to the holder of a smart card (number) in a current pair. */
    public SubscriberFilter withCard(String number) {
        return new SubscriberFilter(customerId, name, mobile, city, state, status, lco, area, stb, number);
    }

    /** Whether no filter is set: every subscriber matches. */
    public boolean isEmpty() {
        return equals(ALL);
    }

    /**
     * Reads filters given as text by any surface (field names as in {@code GET /api/subscribers}); blank means no
     * filter. A mobile filter keeps its digits only (so "+91 98450" finds 98450...); state and status must be known
     * values; the LCO must be written like an LCO code, the STB serial and card number like stock identifiers (in any
     * case: they are kept in upper case). Each bad value is recorded against its field.
     */
    public static SubscriberFilter parse(InputCheck check, String customerId, String name, String mobile, String city,
                                         String state, String status, String lco, String area, String stb, String card) {
        String digits = check.optional("mobile", mobile, 20);
        if (digits != null) {
            boolean countryCode = digits.startsWith("+91") || digits.replaceAll("\\D", "").length() > 10;
            digits = digits.replaceAll("\\D", "");
            if (countryCode && digits.startsWith("91")) {
                digits = digits.substring(2);
            }
        }
        String st = check.optional("state", state, 60);
        String stat = check.optional("status", status, 20);
        return new SubscriberFilter(
                check.optional("customerId", customerId, CustomerId.MAX_LENGTH),
                check.optional("name", name, Subscriber.MAX_NAME),
                digits,
                check.optional("city", city, 60),
                check.convert("state", st, IndianState::parse),
                check.convert("status", stat, SubscriberFilter::status),
                check.convert("lco", check.optional("lco", lco, LcoCode.MAX_LENGTH), LcoCode::parse),
                check.optional("area", area, Subscriber.MAX_AREA),
                check.convert("stb", check.optional("stb", stb, DeviceType.STB.maxIdLength()), DeviceType.STB::parseId),
                check.convert("card", check.optional("card", card, DeviceType.CARD.maxIdLength()), DeviceType.CARD::parseId));
    }

    private static SubscriberStatus status(String text) {
        try {
            return SubscriberStatus.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new org.opensms.sms.shared.InvalidInputException("value", "must be one of "
                    + Arrays.stream(SubscriberStatus.values()).map(Enum::name).collect(Collectors.joining(", "))
                    + ", got '" + text + "'");
        }
    }
}
