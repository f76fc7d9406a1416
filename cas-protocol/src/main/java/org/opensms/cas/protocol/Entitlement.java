package org.opensms.cas.protocol;

import java.time.Instant;

/** A card's right to a CAS product from start (inclusive) to end (exclusive). */
public record Entitlement(String productId, Instant start, Instant end) {

    public Entitlement {
        Check.token("product", productId, Check.MAX_PRODUCT_ID);
        Check.period(start, end);
    }

    /** True if the entitlement covers the instant. */
    public boolean isValidAt(Instant t) {
        return !t.isBefore(start) && t.isBefore(end);
    }
}
