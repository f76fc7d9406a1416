package org.opensms.sms.subscriber.bulk;

/** What a bulk job did with one subscriber; PENDING for a line of an uploaded list not reached yet. */
public enum BulkOutcome {
    PENDING, SUSPENDED, RESUMED, SKIPPED, FAILED
}
