package org.opensms.sms.pairing;

import org.opensms.sms.shared.Surface;

/**
 * A pair was made, ended or replaced. Fired synchronously by {@link PairingService} inside the transaction of the
 * change, after its CAS commands were issued: the hook for subscriptions (issue 5), which stay with the customer and
 * must follow a replaced card to its successor ({@code oldCard} to {@code card}) in the same transaction.
 *
 * @param oldStb  REPLACED only: the STB the pair had before (equal to {@code stb} when the card was replaced)
 * @param oldCard REPLACED only: the card the pair had before (equal to {@code card} when the STB was replaced)
 */
public record PairingChanged(Kind kind, String customerId, String stb, String card, String oldStb, String oldCard,
                             Surface via) {

    public enum Kind {
        PAIRED, UNPAIRED, REPLACED
    }
}
