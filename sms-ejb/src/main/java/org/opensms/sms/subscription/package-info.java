/**
 * Subscriptions: products of the catalog given to a subscriber's set-top box for a period (prepaid validity, renewal,
 * a start in the future), changed and cancelled, with an append-only history of who did what from which surface
 * ({@link org.opensms.sms.subscription.SubscriptionEvent}). The card paired with the STB is entitled in the CAS in
 * the same transaction ({@link org.opensms.sms.subscription.Entitlements}); the expiry and renewal run ends or extends
 * what is due ({@link org.opensms.sms.subscription.internal.SubscriptionRenewalJob}). Answers: what is active on a
 * subscriber or STB until when, who had a channel or bouquet on a day, the broadcasters' monthly report.
 */
package org.opensms.sms.subscription;
