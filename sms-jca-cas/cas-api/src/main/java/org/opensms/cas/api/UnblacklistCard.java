package org.opensms.cas.api;

import java.util.Objects;

/**
 * Removes the card from the blacklist.
 *
 * @param card the card
 */
public record UnblacklistCard(CardNumber card) implements CardCommand {

    public UnblacklistCard {
        Objects.requireNonNull(card, "card");
    }

    @Override
    public CommandKind kind() {
        return CommandKind.UNBLACKLIST_CARD;
    }
}
