package org.opensms.sms.subscription.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.opensms.sms.pairing.PairingChanged;
import org.opensms.sms.subscriber.SubscriberStatusChanged;
import org.opensms.sms.subscription.SubscriptionService;

/**
 * Subscriptions follow pairing changes and a subscriber's permanent deactivation, in the transaction of the change
 * (synchronous observers): see {@link SubscriptionService#onPairingChanged} and {@link SubscriptionService#onStatusChanged}.
 */
@ApplicationScoped
public class SubscriptionObservers {

    @Inject
    SubscriptionService subscriptions;

    void on(@Observes PairingChanged e) {
        subscriptions.onPairingChanged(e);
    }

    void on(@Observes SubscriberStatusChanged e) {
        subscriptions.onStatusChanged(e);
    }
}
