package org.opensms.sms.pairing.internal;

import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opensms.sms.pairing.Pairing;

/**
 * Subscribers' current pairs read and row-locked ahead in this transaction (a bulk chunk's, on
 * {@link org.opensms.sms.subscriber.SubscriberStatusBatch}), each handed out once: the status change of that
 * subscriber takes its pairs from here instead of querying them again. Once taken, a subscriber's pairs are read
 * from the database as usual, so a later change of them in the transaction is never hidden.
 */
@TransactionScoped
public class LockedPairs implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<Long, List<Pairing>> ahead = new HashMap<>();

    /** Records the pairs read ahead for these subscribers (those absent from the map have none). */
    public void put(Iterable<Long> subscriberIds, Map<Long, List<Pairing>> pairs) {
        for (Long id : subscriberIds) {
            ahead.put(id, pairs.getOrDefault(id, List.of()));
        }
    }

    /** The subscriber's pairs read ahead, once; empty when they were not (or were already taken). */
    public Optional<List<Pairing>> take(Long subscriberId) {
        return Optional.ofNullable(ahead.remove(subscriberId));
    }
}
