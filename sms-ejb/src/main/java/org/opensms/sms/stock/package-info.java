/**
 * Stock: set-top boxes and smart cards from the shipment that brought them in (CSV or Excel import) to the day
 * they are blacklisted. Owns each device's state ({@link org.opensms.sms.stock.DeviceState}, whose moves are one
 * table), the LCO a device is allocated to, the append-only movement history, lists and counts per state.
 * Pairing (a later capability) installs and deactivates devices through
 * {@link org.opensms.sms.stock.StockService#markInstalled} and {@link org.opensms.sms.stock.StockService#markDeactivated}.
 * Queries live in {@code internal}.
 */
package org.opensms.sms.stock;
