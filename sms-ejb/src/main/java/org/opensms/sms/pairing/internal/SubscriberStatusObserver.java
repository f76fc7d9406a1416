package org.opensms.sms.pairing.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.opensms.sms.pairing.PairingService;
import org.opensms.sms.subscriber.SubscriberStatusBatch;
import org.opensms.sms.subscriber.SubscriberStatusChanged;

/**
 * The CAS side of a subscriber's status change, in the transaction of the change (synchronous observer): its paired
 * cards are activated (ACTIVE), deactivated (SUSPENDED) or unpaired (DEACTIVATED). A refusal here refuses the
 * status change. Before a batch of changes (a bulk chunk), the subscribers' pairs and cards are locked ahead at once.
 */
@ApplicationScoped
public class SubscriberStatusObserver {

    @Inject
    PairingService pairing;

    void on(@Observes SubscriberStatusBatch batch) {
        pairing.onStatusBatch(batch);
    }

    void on(@Observes SubscriberStatusChanged event) {
        pairing.onStatusChanged(event);
    }
}
