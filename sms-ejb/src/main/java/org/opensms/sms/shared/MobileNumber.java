package org.opensms.sms.shared;

import java.util.regex.Pattern;

/**
 * An Indian mobile number, kept as its 10 national digits (first digit 6 to 9). Accepts the usual
 * ways people write one: spaces, dashes, a leading 0, +91 or 91.
 */
public record MobileNumber(String digits) {

    private static final Pattern NATIONAL = Pattern.compile("[6-9][0-9]{9}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-().]");

    public MobileNumber {
        if (digits == null || !NATIONAL.matcher(digits).matches()) {
            throw new InvalidInputException("value", "must be a 10-digit Indian mobile number starting with 6, 7, 8 or 9");
        }
    }

    public static MobileNumber parse(String text) {
        String s = SEPARATORS.matcher(text).replaceAll("");
        if (s.startsWith("+91")) {
            s = s.substring(3);
        } else if (s.length() == 12 && s.startsWith("91")) {
            s = s.substring(2);
        } else if (s.length() == 11 && s.startsWith("0")) {
            s = s.substring(1);
        }
        if (!NATIONAL.matcher(s).matches()) {
            throw new InvalidInputException("value",
                    "must be a 10-digit Indian mobile number starting with 6, 7, 8 or 9 (optionally +91), got '" + text + "'");
        }
        return new MobileNumber(s);
    }

    @Override
    public String toString() {
        return digits;
    }
}
