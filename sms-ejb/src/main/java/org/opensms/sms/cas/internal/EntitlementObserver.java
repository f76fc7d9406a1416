package org.opensms.sms.cas.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.opensms.sms.subscription.EntitlementBatch;
import org.opensms.sms.subscription.EntitlementChanged;

/**
 * Issues the CAS command of a subscription change, in the transaction of the change (synchronous observer); before a
 * batch of them, locks the cards' expected state at once.
 */
@ApplicationScoped
public class EntitlementObserver {

    @Inject
    CasCommandIssuer issuer;

    void on(@Observes EntitlementBatch e) {
        issuer.lockExpected(e.cards());
    }

    void on(@Observes EntitlementChanged e) {
        issuer.issue(e.command(), e.who(), e.via(), e.customerId());
    }
}
