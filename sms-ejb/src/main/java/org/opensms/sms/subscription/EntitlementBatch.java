package org.opensms.sms.subscription;

import java.util.Collection;

/**
 * Fired before a batch of {@link EntitlementChanged} for these cards in the same transaction (a chunk of the expiry and
 * renewal run), so that the {@code cas} capability reads and row-locks their expected state in one query, in card
 * order, instead of one query (and one more for the entitlements) per command.
 */
public record EntitlementBatch(Collection<String> cards) {
}
