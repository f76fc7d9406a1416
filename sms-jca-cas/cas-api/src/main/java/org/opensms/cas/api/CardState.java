package org.opensms.cas.api;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The state of a card as the CAS reports it now (PROTOCOL.md section 6.2), for reconciliation with the SMS
 * database. An unknown card is reported with {@code known == false} and everything else empty.
 *
 * @param card         the card asked for
 * @param known        whether the CAS knows the card
 * @param active       whether it is active
 * @param blacklisted  whether it is blacklisted
 * @param stb          the paired set-top box, or null
 * @param group        the addressing group, or null
 * @param entitlements the entitlements (immutable)
 */
public record CardState(CardNumber card, boolean known, boolean active, boolean blacklisted, StbSerial stb,
                        GroupId group, List<Entitlement> entitlements) implements Serializable {

    public CardState {
        Objects.requireNonNull(card, "card");
        entitlements = List.copyOf(entitlements);
    }
}
