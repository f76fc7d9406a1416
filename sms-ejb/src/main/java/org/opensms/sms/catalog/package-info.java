/**
 * The channel catalog the MSO sells from: {@link org.opensms.sms.catalog.Channel}s (broadcaster, genre, language, SD or
 * HD, free or pay, MRP, mandatory flag, CAS service), {@link org.opensms.sms.catalog.Product}s (a-la-carte channels,
 * broadcaster bouquets, MSO packages, add-ons, event packages, each with its CAS product), effective-dated prices,
 * the New Tariff Order limits as configuration ({@link org.opensms.sms.catalog.TariffLimits}, checked by
 * {@link org.opensms.sms.catalog.TariffRules}) and network capacity fee rules ({@link org.opensms.sms.catalog.NcfRule}).
 * Subscriptions (the {@code subscription} capability) give products to set-top boxes; billing prices from here.
 */
package org.opensms.sms.catalog;
