package org.opensms.sms.subscriber;

import java.util.Collection;

/**
 * Fired before a batch of {@link SubscriberStatusChanged} for these subscribers (ids) in the same transaction (a chunk
 * of a bulk job), so that observers read and row-lock what the changes will need (the subscribers' pairs, their cards'
 * expected CAS state) in a few queries instead of a few per subscriber. A subscriber named here need not change after
 * all; one not named is served as usual.
 */
public record SubscriberStatusBatch(Collection<Long> subscriberIds) {
}
