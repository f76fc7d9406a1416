package org.opensms.cas.api;

import java.io.Serializable;

/**
 * A product (package) id as the CAS knows it: 1 to 64 characters of {@code A-Z a-z 0-9 . _ : -} (PROTOCOL.md section 6).
 *
 * @param value the id
 */
public record CasProductId(String value) implements Serializable {

    /** Longest value. */
    public static final int MAX_LENGTH = 64;

    /** @throws IllegalArgumentException when the value is not valid */
    public CasProductId {
        Checks.token("product id", value, MAX_LENGTH);
    }

    /** Same as the constructor. */
    public static CasProductId of(String value) {
        return new CasProductId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
