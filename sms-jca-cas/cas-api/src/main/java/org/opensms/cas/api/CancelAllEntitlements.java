package org.opensms.cas.api;

import java.util.Objects;

/**
 * Removes all entitlements of the card.
 *
 * @param card the card
 */
public record CancelAllEntitlements(CardNumber card) implements CardCommand {

    public CancelAllEntitlements {
        Objects.requireNonNull(card, "card");
    }

    @Override
    public CommandKind kind() {
        return CommandKind.CANCEL_ALL_ENTITLEMENTS;
    }
}
