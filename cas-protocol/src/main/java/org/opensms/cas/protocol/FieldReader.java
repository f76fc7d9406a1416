package org.opensms.cas.protocol;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Typed access to the fields of a decoded message; failures throw {@link InvalidFieldException}. */
public final class FieldReader {

    private final Message message;

    public FieldReader(Message message) {
        this.message = message;
    }

    public String string(String key) {
        String v = message.field(key);
        if (v == null) {
            throw new InvalidFieldException(key, "is missing");
        }
        return v;
    }

    public String optional(String key) {
        return message.field(key);
    }

    public int integer(String key) {
        String v = string(key);
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(key, "'" + Check.shorten(v) + "' is not an integer");
        }
    }

    public long longValue(String key) {
        String v = string(key);
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(key, "'" + Check.shorten(v) + "' is not an integer");
        }
    }

    public boolean bool(String key) {
        String v = string(key);
        return switch (v) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidFieldException(key, "'" + Check.shorten(v) + "' is not true or false");
        };
    }

    public boolean bool(String key, boolean defaultValue) {
        return message.field(key) == null ? defaultValue : bool(key);
    }

    public Instant instant(String key) {
        String v = string(key);
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(key, "'" + Check.shorten(v) + "' is not an ISO-8601 UTC instant like 2025-01-31T23:59:59Z");
        }
    }

    public <E extends Enum<E>> E enumValue(String key, Class<E> type) {
        String v = string(key);
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            StringBuilder allowed = new StringBuilder();
            for (E c : type.getEnumConstants()) {
                allowed.append(allowed.length() == 0 ? "" : ", ").append(c.name());
            }
            throw new InvalidFieldException(key, "'" + Check.shorten(v) + "' is not one of " + allowed);
        }
    }

    public Target target(String key) {
        return Target.parse(key, string(key));
    }
}
