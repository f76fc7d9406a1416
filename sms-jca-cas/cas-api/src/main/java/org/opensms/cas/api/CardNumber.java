package org.opensms.cas.api;

import java.io.Serializable;

/**
 * A smart card number as the CAS knows it: 1 to 32 characters of {@code A-Z a-z 0-9 . _ : -}
 * (PROTOCOL.md section 6).
 *
 * @param value the number
 */
public record CardNumber(String value) implements Serializable {

    /** Longest card number. */
    public static final int MAX_LENGTH = 32;

    /** @throws IllegalArgumentException when the value is not a valid card number */
    public CardNumber {
        Checks.token("card number", value, MAX_LENGTH);
    }

    /** Same as the constructor. */
    public static CardNumber of(String value) {
        return new CardNumber(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
