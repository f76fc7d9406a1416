package org.opensms.sms.subscriber;

/** Life cycle of a subscriber: registered, then active, temporarily suspended, deactivated (permanently). */
public enum SubscriberStatus {
    REGISTERED, ACTIVE, SUSPENDED, DEACTIVATED
}
