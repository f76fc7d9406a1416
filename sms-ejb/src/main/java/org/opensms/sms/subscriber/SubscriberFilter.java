package org.opensms.sms.subscriber;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.opensms.sms.shared.IndianState;
import org.opensms.sms.shared.InputCheck;

/**
 * What a subscriber list is narrowed to. Text filters match from the start of the value
 * (customer ID, name without regard to case, mobile, city), so that they use an index; null means any.
 */
public record SubscriberFilter(String customerId, String name, String mobile, String city, IndianState state,
                               SubscriberStatus status) implements Serializable {

    public static final SubscriberFilter ALL = new SubscriberFilter(null, null, null, null, null, null);

    /**
     * Reads filters given as text by any surface; blank means no filter. A mobile filter keeps its
     * digits only (so "+91 98450" finds 98450...); state and status must be known values.
     */
    public static SubscriberFilter parse(InputCheck check, String customerId, String name, String mobile, String city,
                                         String state, String status) {
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
                check.convert("status", stat, SubscriberFilter::status));
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
