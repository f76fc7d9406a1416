package org.opensms.cas.api;

import java.util.Objects;

/**
 * The argument checks of the value types, public so that a caller reading a request field by field (to report every
 * bad field at once) applies the same rules before it builds a command. Each throws IllegalArgumentException with a
 * message that starts with the name it is given.
 */
public final class Checks {

    private Checks() {
    }

    /** A token of PROTOCOL.md section 2.2: 1 to max characters of {@code A-Z a-z 0-9 . _ : -}. */
    public static String token(String what, String value, int max) {
        Objects.requireNonNull(value, what);
        if (value.isEmpty() || value.length() > max || !isToken(value)) {
            throw new IllegalArgumentException(what + " must be 1-" + max
                    + " characters of A-Z a-z 0-9 . _ : -, got '" + value + "'");
        }
        return value;
    }

    /** Text without control characters other than TAB, LF, CR, of min..max code points. */
    public static String text(String what, String value, int min, int max) {
        Objects.requireNonNull(value, what);
        int n = value.codePointCount(0, value.length());
        if (n < min || n > max) {
            throw new IllegalArgumentException(what + " must have " + min + "-" + max + " characters, got " + n);
        }
        value.codePoints().forEach(c -> {
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                throw new IllegalArgumentException(what + " contains control character U+"
                        + String.format("%04X", c));
            }
        });
        return value;
    }

    public static int range(String what, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " must be " + min + "-" + max + ", got " + value);
        }
        return value;
    }

    /** Only {@code A-Z a-z 0-9 . _ : -} (a loop, not a regular expression: every command checks several tokens). */
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
