package org.opensms.cas.api;

import java.time.Instant;
import java.util.Objects;

/**
 * Entitles the card to a product from {@code start} (inclusive) to {@code end} (exclusive); replaces an
 * existing entitlement of the card to the same product.
 *
 * @param card    the card
 * @param product the product
 * @param start   first instant of the entitlement
 * @param end     end of the entitlement, after {@code start}
 */
public record AddEntitlement(CardNumber card, CasProductId product, Instant start, Instant end)
        implements CardCommand {

    /** @throws IllegalArgumentException when end is not after start */
    public AddEntitlement {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("entitlement end " + end + " must be after start " + start);
        }
    }

    @Override
    public CommandKind kind() {
        return CommandKind.ADD_ENTITLEMENT;
    }
}
