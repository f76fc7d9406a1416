package org.opensms.cas.api;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * The unique id of a CAS command, a UUID in its canonical string form. It is the idempotency key of the CAS
 * protocol (PROTOCOL.md section 5.3): the adapter may send a command more than once (at-least-once delivery)
 * and the CAS applies it once. It is also the key under which the application journals the command and
 * correlates the {@link CasEvent} that reports its outcome.
 *
 * @param value the UUID string (lower case, 36 characters)
 */
public record CommandId(String value) implements Serializable {

    /** @throws IllegalArgumentException when the value is not a UUID string */
    public CommandId {
        Objects.requireNonNull(value, "command id");
        UUID parsed;
        try {
            parsed = UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("command id must be a UUID, got '" + value + "'");
        }
        if (!parsed.toString().equalsIgnoreCase(value)) {
            throw new IllegalArgumentException("command id must be a canonical UUID, got '" + value + "'");
        }
        value = value.toLowerCase(java.util.Locale.ROOT);
    }

    /** A new random command id. */
    public static CommandId random() {
        return new CommandId(UUID.randomUUID().toString());
    }

    /** Same as the constructor. */
    public static CommandId of(String value) {
        return new CommandId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
