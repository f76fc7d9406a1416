package org.opensms.cas.api;

import java.io.Serializable;

/**
 * A set-top box serial number: 1 to 64 characters of {@code A-Z a-z 0-9 . _ : -} (PROTOCOL.md section 6).
 *
 * @param value the id
 */
public record StbSerial(String value) implements Serializable {

    /** Longest value. */
    public static final int MAX_LENGTH = 64;

    /** @throws IllegalArgumentException when the value is not valid */
    public StbSerial {
        Checks.token("STB serial", value, MAX_LENGTH);
    }

    /** Same as the constructor. */
    public static StbSerial of(String value) {
        return new StbSerial(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
