package org.opensms.sms.subscriber;

import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.opensms.sms.subscriber.internal.LcoLookup;
import org.opensms.sms.subscriber.internal.SubscriberRepository;

/** A real {@link SubscriberService} outside the container, for the persistence tests of other capabilities. */
public final class SubscriberServiceForTests {

    private SubscriberServiceForTests() {
    }

    /** Wired to the entity manager; status events go to {@code statusChanged} (e.g. an observer called synchronously). */
    public static SubscriberService create(EntityManager em, Clock clock, String caller, Event<SubscriberStatusChanged> statusChanged) {
        SubscriberService service = new SubscriberService() {
            @Override
            String caller() {
                return caller;
            }
        };
        service.repository = new SubscriberRepository(em);
        service.customerIds = new CustomerIdScheme(CustomerIdScheme.DEFAULT_FORMAT);
        service.contractNumbers = new ContractNumberScheme(ContractNumberScheme.DEFAULT_FORMAT);
        service.lcos = new LcoLookup(em);
        service.clock = clock;
        service.statusChanged = statusChanged;
        return service;
    }
}
