package org.opensms.sms.subscription;

import java.time.LocalDate;
import java.util.List;
import org.opensms.sms.catalog.ProductKind;

/**
 * A product an STB has on a day or will have later ("which bouquet is active on this STB and until when"): the
 * subscription, its product, the channels the product carries that day (codes), and whether it runs that day or
 * starts later.
 */
public record ActiveProduct(long subscriptionId, String customerId, String stb, String productCode, String productName,
                            ProductKind kind, LocalDate startDate, LocalDate endDate, boolean autoRenew,
                            boolean runningOnDay, List<String> channels) {
}
