package org.opensms.sms.subscription;

/**
 * ACTIVE: the subscription runs or will run (start in the future) until its end date; EXPIRED: its end date passed
 * without renewal; CANCELLED: ended early by a person or by the subscriber's deactivation. EXPIRED and CANCELLED are
 * final: a new purchase is a new subscription.
 */
public enum SubscriptionStatus {
    ACTIVE, EXPIRED, CANCELLED
}
