package org.opensms.sms.subscription;

import org.opensms.cas.api.CardCommand;
import org.opensms.sms.shared.Surface;

/**
 * A subscription change the CAS must hear of: an AddEntitlement or CancelEntitlement for the card paired with the
 * subscription's STB. Fired synchronously inside the transaction of the change; the {@code cas} capability reacts by
 * issuing the command through the adapter in that same transaction (so it exists exactly when the change commits).
 *
 * @param who the person, or "system" for the expiry and renewal run
 */
public record EntitlementChanged(CardCommand command, String customerId, String who, Surface via) {
}
