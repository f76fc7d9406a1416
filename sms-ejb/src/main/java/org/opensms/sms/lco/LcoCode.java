package org.opensms.sms.lco;

import java.util.Locale;
import java.util.regex.Pattern;
import org.opensms.sms.shared.InvalidInputException;

/** The code the MSO gives an LCO (e.g. LCO0001): 2 to 20 of A-Z, 0-9 and '-', starting with a letter or digit; kept in upper case. */
public final class LcoCode {

    public static final int MAX_LENGTH = 20;
    private static final Pattern FORM = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,19}");

    private LcoCode() {
    }

    public static String parse(String text) {
        String v = text.strip().toUpperCase(Locale.ROOT);
        if (!FORM.matcher(v).matches()) {
            throw new InvalidInputException("value", "must be 2 to 20 letters, digits or '-' (like LCO0001), got '" + text + "'");
        }
        return v;
    }
}
