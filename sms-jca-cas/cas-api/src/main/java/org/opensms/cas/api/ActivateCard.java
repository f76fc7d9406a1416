package org.opensms.cas.api;

import java.util.Objects;

/**
 * Activates the card: it may decrypt what it is entitled to. Activating an active card is accepted.
 *
 * @param card the card
 */
public record ActivateCard(CardNumber card) implements CardCommand {

    public ActivateCard {
        Objects.requireNonNull(card, "card");
    }

    @Override
    public CommandKind kind() {
        return CommandKind.ACTIVATE_CARD;
    }
}
