package org.opensms.cas.api;

import java.io.Serializable;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.Random;
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

    /** A new random command id (UUID version 4). */
    public static CommandId random() {
        return new CommandId(UUID.randomUUID().toString());
    }

    /**
     * A new time-ordered command id: a UUID version 7 (RFC 9562), whose first 48 bits are the Unix time in
     * milliseconds and whose other 74 bits are random (from a {@link SecureRandom}, as {@link UUID#randomUUID}). Ids
     * issued later sort after earlier ones (within a millisecond, in any order), so the journal's unique index on the
     * id grows at its right edge instead of taking each insert at a random page: 1,000,000 commands of the renewal run
     * touch far fewer index pages.
     */
    public static CommandId timeOrdered() {
        return new CommandId(timeOrderedUuid(System.currentTimeMillis(), RANDOM).toString());
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A UUID version 7 for this Unix time in milliseconds, its random bits from {@code random}. */
    static UUID timeOrderedUuid(long unixMillis, Random random) {
        long high = (unixMillis << 16) | 0x7000L | (random.nextInt() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
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
