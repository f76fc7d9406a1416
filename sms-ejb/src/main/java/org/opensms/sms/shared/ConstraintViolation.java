package org.opensms.sms.shared;

import java.sql.SQLException;
import java.util.Locale;

/** Recognises a database constraint violation by the constraint's name, whatever the database vendor. */
public final class ConstraintViolation {

    private ConstraintViolation() {
    }

    /** True when the exception, or one of its causes, is an SQL error that names the constraint. */
    public static boolean names(Throwable error, String constraintName) {
        String wanted = constraintName.toLowerCase(Locale.ROOT);
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException && t.getMessage() != null
                    && t.getMessage().toLowerCase(Locale.ROOT).contains(wanted)) {
                return true;
            }
        }
        return false;
    }
}
