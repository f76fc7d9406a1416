package org.opensms.sms.subscription;

/** What happened to a subscription. */
public enum SubscriptionEventKind {
    /** Bought. */
    SUBSCRIBED,
    /** Extended without a gap, by a person or by the renewal run (auto-renew). */
    RENEWED,
    /** End date or auto-renew changed. */
    CHANGED,
    /** Moved to a replacement STB under the same customer ID. */
    MOVED,
    /** Ended early. */
    CANCELLED,
    /** Ended at its end date by the expiry run. */
    EXPIRED
}
