package org.opensms.cas.api;

import java.util.Objects;

/**
 * Blacklists the card (e.g. stolen): the CAS then rejects every command for it except unblacklisting.
 *
 * @param card the card
 */
public record BlacklistCard(CardNumber card) implements CardCommand {

    public BlacklistCard {
        Objects.requireNonNull(card, "card");
    }

    @Override
    public CommandKind kind() {
        return CommandKind.BLACKLIST_CARD;
    }
}
