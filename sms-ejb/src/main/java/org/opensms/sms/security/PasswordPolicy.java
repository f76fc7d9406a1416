package org.opensms.sms.security;

import java.util.regex.Pattern;
import org.opensms.sms.shared.InputCheck;

/** Rules for usernames and passwords, checked wherever an account is created or a password changed. */
public final class PasswordPolicy {

    public static final int MIN_PASSWORD = 12;
    public static final int MAX_PASSWORD = 128;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    private PasswordPolicy() {
    }

    public static String username(InputCheck check, String username) {
        String u = check.required("username", username, 64);
        if (u != null && !USERNAME.matcher(u).matches()) {
            check.add("username", "must be 3 to 64 characters of a-z, 0-9, '.', '_' or '-', starting with a letter or digit");
            return null;
        }
        return u;
    }

    public static void password(InputCheck check, String field, String password, String username) {
        if (password == null || password.isEmpty()) {
            check.add(field, "is required");
        } else if (password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            check.add(field, "must be " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters long");
        } else if (password.equalsIgnoreCase(username)) {
            check.add(field, "must not be the username");
        }
    }
}
