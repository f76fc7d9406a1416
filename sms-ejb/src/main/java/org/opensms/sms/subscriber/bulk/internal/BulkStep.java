package org.opensms.sms.subscriber.bulk.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.opensms.sms.shared.Surface;
import org.opensms.sms.subscriber.Subscriber;
import org.opensms.sms.subscriber.SubscriberService;
import org.opensms.sms.subscriber.SubscriberStatusBatch;
import org.opensms.sms.subscriber.internal.SubscriberRepository;
import org.opensms.sms.subscriber.bulk.BulkAction;
import org.opensms.sms.subscriber.bulk.BulkOutcome;

/**
 * One subscriber of a bulk job: skipped when not in the status the action applies to, else suspended or resumed
 * through {@link SubscriberService} (history, and the CAS commands of the status-change observer, in the same
 * transaction). Not a public API.
 */
@Stateless
public class BulkStep {

    /** An outcome and its message. */
    public record Result(BulkOutcome outcome, String message) {
    }

    @Inject
    SubscriberService subscribers;
    @Inject
    SubscriberRepository repository;
    @Inject
    Event<SubscriberStatusBatch> batch;

    /**
     * Before {@link #apply} for each of these subscribers in the caller's transaction (a chunk): reads them in one query
     * and has the CAS side lock ahead the pairs and cards of those the action applies to ({@link SubscriberStatusBatch}),
     * so that apply then queries nothing per subscriber: a chunk of 200 reads in 3 queries instead of 600 to 800.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void prepare(BulkAction action, List<String> customerIds) {
        List<Long> changing = repository.findAllByCustomerId(customerIds).stream()
                .filter(s -> action.skipReason(s.getStatus()) == null).map(Subscriber::getId).toList();
        if (!changing.isEmpty()) {
            batch.fire(new SubscriberStatusBatch(changing));
        }
    }

    /** In the caller's transaction (the chunk's); any exception is left to roll the chunk back. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Result apply(BulkAction action, String customerId, String reason, Surface via) {
        Optional<Subscriber> found = subscribers.findByCustomerId(customerId);
        if (found.isEmpty()) {
            return new Result(BulkOutcome.FAILED, "no subscriber with this customer ID");
        }
        String skip = action.skipReason(found.get().getStatus());
        if (skip != null) {
            return new Result(BulkOutcome.SKIPPED, skip);
        }
        if (action == BulkAction.SUSPEND) {
            subscribers.suspend(customerId, reason, via);
        } else {
            subscribers.resume(customerId, reason, via);
        }
        return new Result(action.done(), null);
    }

    /** In a transaction of its own, so that a failure loses this subscriber's change only. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Result applyAlone(BulkAction action, String customerId, String reason, Surface via) {
        return apply(action, customerId, reason, via);
    }
}
