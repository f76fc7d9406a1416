package org.opensms.cas.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * An entitlement of a card to a product, valid from start (inclusive) to end (exclusive).
 *
 * @param product the product
 * @param start   first instant
 * @param end     end (exclusive), after {@code start}
 */
public record Entitlement(CasProductId product, Instant start, Instant end) implements Serializable {

    /** @throws IllegalArgumentException when end is not after start (the CAS rejects such a period, code 102) */
    public Entitlement {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("entitlement end " + end + " must be after start " + start);
        }
    }

    /** True when the entitlement covers the instant. */
    public boolean isValidAt(Instant t) {
        return !t.isBefore(start) && t.isBefore(end);
    }
}
