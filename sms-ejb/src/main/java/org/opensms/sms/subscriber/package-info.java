/**
 * Subscribers: the household records the MSO and its LCOs serve. Owns registration, the customer ID
 * scheme, and the paged, filtered list that consoles and integrations read. Queries live in
 * {@code internal}; other capabilities use {@link org.opensms.sms.subscriber.SubscriberService}.
 */
package org.opensms.sms.subscriber;
