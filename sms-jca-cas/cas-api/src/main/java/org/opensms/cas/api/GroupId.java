package org.opensms.cas.api;

import java.io.Serializable;

/**
 * An addressing group of cards in the CAS (a card is in at most one group): 1 to 64 characters of {@code A-Z a-z 0-9 . _ : -} (PROTOCOL.md section 6).
 *
 * @param value the id
 */
public record GroupId(String value) implements Serializable {

    /** Longest value. */
    public static final int MAX_LENGTH = 64;

    /** @throws IllegalArgumentException when the value is not valid */
    public GroupId {
        Checks.token("group id", value, MAX_LENGTH);
    }

    /** Same as the constructor. */
    public static GroupId of(String value) {
        return new GroupId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
