package org.opensms.sms.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/** An e-mail address in the common form local@domain.tld; the domain is kept in lower case. */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;
    private static final Pattern FORM = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
            + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.[A-Za-z]{2,63}");

    public EmailAddress {
        if (value == null || value.length() > MAX_LENGTH || !FORM.matcher(value).matches()) {
            throw new InvalidInputException("value", "must be an e-mail address like name@example.in, got '" + value + "'");
        }
    }

    public static EmailAddress parse(String text) {
        int at = text.lastIndexOf('@');
        String normalized = at < 0 ? text : text.substring(0, at) + text.substring(at).toLowerCase(Locale.ROOT);
        return new EmailAddress(normalized);
    }

    @Override
    public String toString() {
        return value;
    }
}
