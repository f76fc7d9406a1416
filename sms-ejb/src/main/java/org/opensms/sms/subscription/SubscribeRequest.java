package org.opensms.sms.subscription;

import java.io.Serializable;

/**
 * A purchase as text from any surface: the subscriber (customer ID), one of its paired STBs (serial), the product
 * (code), the start date (default today; a later day for a start in the future), and either an end date (inclusive)
 * or a number of days (default: the product's validity); {@code autoRenew} (default false) lets the renewal run extend
 * it when it ends. An event package runs over its event's days whatever is given.
 */
public record SubscribeRequest(String customerId, String stb, String product, String startDate, String endDate,
                               String days, Boolean autoRenew) implements Serializable {
}
