/**
 * Pairing of set-top boxes with smart cards at subscribers, done only from the SMS: pair, unpair, replace a faulty
 * device under the same customer ID, switch one pair on or off, blacklist devices, and search subscribers by device.
 * Every change moves the devices' stock state ({@code StockService}) and issues its CAS commands
 * ({@code CasCommandService}) in one transaction; subscriber status changes reach the cards through
 * {@code internal.SubscriberStatusObserver}. Rules: {@link org.opensms.sms.pairing.PairingRules}; CAS sequences:
 * {@link org.opensms.sms.pairing.CasPlan}.
 */
package org.opensms.sms.pairing;
