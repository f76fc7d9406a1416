package org.opensms.cas.api;

import java.util.Objects;

/**
 * Removes the card's entitlement to the product; rejected when it has none.
 *
 * @param card the card
 * @param product the product
 */
public record CancelEntitlement(CardNumber card, CasProductId product) implements CardCommand {

    public CancelEntitlement {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(product, "product");
    }

    @Override
    public CommandKind kind() {
        return CommandKind.CANCEL_ENTITLEMENT;
    }
}
