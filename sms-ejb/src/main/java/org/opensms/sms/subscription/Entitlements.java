package org.opensms.sms.subscription;

import java.time.Instant;
import org.opensms.cas.api.AddEntitlement;
import org.opensms.cas.api.CancelEntitlement;
import org.opensms.cas.api.CardNumber;
import org.opensms.cas.api.CasProductId;
import org.opensms.sms.catalog.Product;
import org.opensms.sms.catalog.ProductKind;
import org.opensms.sms.shared.BusinessCalendar;

/**
 * What the CAS is told about a subscription, for the card paired with its STB. The CAS keeps one entitlement per
 * card and product (adding one replaces its period), so every change of period (purchase, renewal, new end date,
 * move to a new card) is one AddEntitlement with the whole period, and an end is one CancelEntitlement. The period
 * runs from midnight in India at the start of the start date to midnight at the end of the end date; an event
 * package's is exactly the event's window.
 */
public final class Entitlements {

    private Entitlements() {
    }

    public static AddEntitlement add(String card, Product product, Subscription s) {
        return new AddEntitlement(CardNumber.of(card), CasProductId.of(product.getCasProductId()), start(product, s), end(product, s));
    }

    public static CancelEntitlement cancel(String card, Product product) {
        return new CancelEntitlement(CardNumber.of(card), CasProductId.of(product.getCasProductId()));
    }

    static Instant start(Product product, Subscription s) {
        return product.getKind() == ProductKind.EVENT ? product.getEventStart() : BusinessCalendar.startOf(s.getStartDate());
    }

    static Instant end(Product product, Subscription s) {
        return product.getKind() == ProductKind.EVENT ? product.getEventEnd() : BusinessCalendar.endOf(s.getEndDate());
    }
}
