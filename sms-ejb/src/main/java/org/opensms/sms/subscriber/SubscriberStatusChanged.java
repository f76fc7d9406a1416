package org.opensms.sms.subscriber;

import org.opensms.sms.shared.Surface;

/**
 * A subscriber's status changed (activate, suspend, resume, deactivate). {@link SubscriberService} fires it as a
 * synchronous CDI event after the new status and its history line are set and before the transaction ends, so an
 * observer ({@code void on(@Observes SubscriberStatusChanged e)}) runs in the same JTA transaction: the hook for
 * the CAS side of a transition (activating or deactivating the subscriber's STBs and cards through the CAS
 * adapter), which then commits or rolls back with the status change. An observer that throws a
 * {@link org.opensms.sms.shared.BusinessException} refuses the transition. Registration fires no event.
 *
 * @param reason the caller's reason, or null
 * @param via    the surface the request came from
 */
public record SubscriberStatusChanged(CustomerId customerId, SubscriberStatus from, SubscriberStatus to, String reason,
                                      Surface via) {
}
