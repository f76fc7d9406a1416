package org.opensms.cas.api;

import java.util.Objects;

/**
 * Pairs a set-top box with the card; rejected when either is paired with another.
 *
 * @param card the card
 * @param stb the set-top box
 */
public record PairStb(CardNumber card, StbSerial stb) implements CardCommand {

    public PairStb {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(stb, "stb");
    }

    @Override
    public CommandKind kind() {
        return CommandKind.PAIR_STB;
    }
}
