package org.opensms.sms.audit;

/**
 * The append-only journals that are sealed, each with its entity, the attribute of its rows' time and the attributes
 * that make a row's sealed contents, in order. A row's contents are these values, read back from the database, joined
 * by a unit separator; the time tells which rows are old enough to seal (a transaction still open cannot have written
 * a row before the sealing horizon).
 */
public enum SealedJournal {
    /** The CAS command journal: what was asked, for which card and subscriber, by whom, from where and when. */
    CAS_COMMAND("CasCommandEntry", "requestedAt",
            "commandId", "kind", "card", "subscriber", "target", "requestedBy", "surface", "requestedAt"),
    /** The CAS's answers to those commands. */
    CAS_OUTCOME("CasCommandOutcome", "reportedAt",
            "commandId", "outcome", "code", "reason", "attempts", "reportedAt"),
    /** The subscription history: each subscribe, renewal, change, cancellation and expiry, by whom and from where. */
    SUBSCRIPTION_EVENT("SubscriptionEvent", "occurredAt",
            "subscriptionId", "customerId", "stbSerial", "productCode", "kind", "startDate", "endDate", "detail",
            "occurredAt", "occurredBy", "occurredVia"),
    /** The subscriber history: each change of a subscriber's record or status, with the old and new values. */
    SUBSCRIBER_CHANGE("SubscriberChange", "changedAt",
            "subscriberId", "field", "oldValue", "newValue", "reason", "changedBy", "surface", "changedAt"),
    /** The stock movements: each device's arrival, allocation, return, repair and write-off, by whom and from where. */
    DEVICE_MOVEMENT("DeviceMovement", "movedAt",
            "deviceType", "serial", "fromState", "toState", "fromLco", "toLco", "operation", "reason", "movedBy",
            "surface", "movedAt");

    private final String entity;
    private final String timeAttribute;
    private final String[] contents;

    SealedJournal(String entity, String timeAttribute, String... contents) {
        this.entity = entity;
        this.timeAttribute = timeAttribute;
        this.contents = contents;
    }

    public String entity() {
        return entity;
    }

    public String timeAttribute() {
        return timeAttribute;
    }

    /** The JPQL select list: the id, then the contents. */
    String selectList(String alias) {
        StringBuilder b = new StringBuilder(alias).append(".id");
        for (String c : contents) {
            b.append(", ").append(alias).append('.').append(c);
        }
        return b.toString();
    }
}
