package org.opensms.cas.api;

import java.util.Objects;

/**
 * Removes the pairing of the card with the set-top box; rejected when the card is paired with another STB.
 *
 * @param card the card
 * @param stb the set-top box
 */
public record UnpairStb(CardNumber card, StbSerial stb) implements CardCommand {

    public UnpairStb {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(stb, "stb");
    }

    @Override
    public CommandKind kind() {
        return CommandKind.UNPAIR_STB;
    }
}
