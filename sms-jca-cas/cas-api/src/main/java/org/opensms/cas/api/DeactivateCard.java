package org.opensms.cas.api;

import java.util.Objects;

/**
 * Deactivates the card; its entitlements are kept.
 *
 * @param card the card
 */
public record DeactivateCard(CardNumber card) implements CardCommand {

    public DeactivateCard {
        Objects.requireNonNull(card, "card");
    }

    @Override
    public CommandKind kind() {
        return CommandKind.DEACTIVATE_CARD;
    }
}
