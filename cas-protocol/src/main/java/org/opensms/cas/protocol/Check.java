package org.opensms.cas.protocol;

import java.time.Instant;
import java.util.regex.Pattern;

/** Field validation shared by the command records; failures throw {@link InvalidFieldException}. */
public final class Check {

    private static final Pattern COLOUR = Pattern.compile("#([0-9A-Fa-f]{6}|[0-9A-Fa-f]{8})");

    public static final int MAX_COMMAND_ID = 64;
    public static final int MAX_CARD_NUMBER = 32;
    public static final int MAX_STB_SERIAL = 64;
    public static final int MAX_PRODUCT_ID = 64;
    public static final int MAX_GROUP_ID = 64;

    private Check() {
    }

    public static String token(String field, String value, int maxLength) {
        if (value == null) {
            throw new InvalidFieldException(field, "is required");
        }
        if (value.isEmpty() || value.length() > maxLength || !isToken(value)) {
            throw new InvalidFieldException(field, "must be 1 to " + maxLength
                    + " characters of A-Z a-z 0-9 . _ : -, got '" + shorten(value) + "'");
        }
        return value;
    }

    public static String commandId(String value) {
        return token("commandId", value, MAX_COMMAND_ID);
    }

    public static String cardNumber(String value) {
        return token("card", value, MAX_CARD_NUMBER);
    }

    /** Free text counted in Unicode code points; no control characters other than LF, CR and TAB. */
    public static String text(String field, String value, int min, int max) {
        if (value == null) {
            throw new InvalidFieldException(field, "is required");
        }
        int n = value.codePointCount(0, value.length());
        if (n < min || n > max) {
            throw new InvalidFieldException(field, "must be " + min + " to " + max + " characters, got " + n);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                throw new InvalidFieldException(field, "contains control character U+"
                        + String.format("%04X", (int) c) + " at index " + i);
            }
        }
        return value;
    }

    public static int range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidFieldException(field, "must be from " + min + " to " + max + ", got " + value);
        }
        return value;
    }

    public static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidFieldException(field, "is required");
        }
        return value;
    }

    public static String colour(String field, String value) {
        required(field, value);
        if (!COLOUR.matcher(value).matches()) {
            throw new InvalidFieldException(field, "must be #RRGGBB or #AARRGGBB, got '" + shorten(value) + "'");
        }
        return value.toUpperCase();
    }

    /** Entitlement validity: end strictly after start. */
    public static void period(Instant start, Instant end) {
        required("start", start);
        required("end", end);
        if (!end.isAfter(start)) {
            throw new InvalidFieldException("end", CasErrorCode.INVALID_PERIOD,
                    "end " + end + " is not after start " + start);
        }
    }

    static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }

    /**
     * Identifiers (command id, card number, STB serial, product, group): only {@code A-Z a-z 0-9 . _ : -} (a loop, not a
     * regular expression: every command checks several tokens).
     */
    private static boolean isToken(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == ':'
                    || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
