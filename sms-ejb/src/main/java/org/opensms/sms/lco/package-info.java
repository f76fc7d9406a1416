/**
 * Local cable operators (LCOs): the master data of the operators that resell the MSO's service in an area
 * (code given by the MSO, name, address, contact, GSTIN, area, active or inactive). Subscribers and stock
 * belong to an LCO. LCO logins come later: an LCO account will name its LCO by {@link org.opensms.sms.lco.Lco#getCode()
 * code} (kept with the account, not here), and every LCO-facing query will be narrowed to that code.
 * Queries live in {@code internal}; other capabilities use {@link org.opensms.sms.lco.LcoService}.
 */
package org.opensms.sms.lco;
