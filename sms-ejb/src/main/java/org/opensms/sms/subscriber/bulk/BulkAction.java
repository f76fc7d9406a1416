package org.opensms.sms.subscriber.bulk;

import org.opensms.sms.subscriber.SubscriberStatus;

/** What a bulk job does to each subscriber: suspend (ACTIVE to SUSPENDED) or resume (SUSPENDED to ACTIVE). */
public enum BulkAction {
    SUSPEND(SubscriberStatus.ACTIVE, SubscriberStatus.SUSPENDED, BulkOutcome.SUSPENDED),
    RESUME(SubscriberStatus.SUSPENDED, SubscriberStatus.ACTIVE, BulkOutcome.RESUMED);

    private final SubscriberStatus from;
    private final SubscriberStatus to;
    private final BulkOutcome done;

    BulkAction(SubscriberStatus from, SubscriberStatus to, BulkOutcome done) {
        this.from = from;
        this.to = to;
        this.done = done;
    }

    /** The only status a subscriber can be in for this action. */
    public SubscriberStatus from() { return from; }
    public SubscriberStatus to() { return to; }
    /** The outcome of a subscriber this action changed. */
    public BulkOutcome done() { return done; }

    /**
     * Why a subscriber in this status is left alone (SKIPPED), or null when the action applies to it.
     */
    public String skipReason(SubscriberStatus current) {
        if (current == from) {
            return null;
        }
        if (current == to) {
            return current + " already";
        }
        return current + ": only " + from + " subscribers are " + (this == SUSPEND ? "suspended" : "resumed");
    }
}
