package org.opensms.sms.subscription.internal;

import jakarta.enterprise.event.Event;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.opensms.sms.catalog.CatalogService;
import org.opensms.sms.catalog.CatalogStatus;
import org.opensms.sms.catalog.Product;
import org.opensms.sms.catalog.ProductKind;
import org.opensms.sms.pairing.PairingService;
import org.opensms.sms.shared.Surface;
import org.opensms.sms.subscription.EntitlementBatch;
import org.opensms.sms.subscription.EntitlementChanged;
import org.opensms.sms.subscription.Entitlements;
import org.opensms.sms.subscription.Subscription;
import org.opensms.sms.subscription.SubscriptionLifecycle;

/**
 * One chunk of the expiry and renewal run, in the caller's transaction: each subscription still due (ACTIVE, end date
 * before today; re-checked under the row lock, so that two runs never act twice) is either renewed, when it is set to
 * auto-renew and its product is still on sale and renewable (the end moves on by the product's validity, as many
 * periods as needed to reach today, without a gap), or expired; the CAS is told for the card paired with its STB.
 */
public class RenewalStep {

    private final SubscriptionRepository repository;
    private final CatalogService catalog;
    private final PairingService pairing;
    private final Event<EntitlementChanged> cas;
    private final Event<EntitlementBatch> casBatch;
    private final Clock clock;

    public RenewalStep(SubscriptionRepository repository, CatalogService catalog, PairingService pairing,
                       Event<EntitlementChanged> cas, Event<EntitlementBatch> casBatch, Clock clock) {
        this.repository = repository;
        this.catalog = catalog;
        this.pairing = pairing;
        this.cas = cas;
        this.casBatch = casBatch;
        this.clock = clock;
    }

    /** Counts of one chunk. */
    public record Counts(int expired, int renewed) {
    }

    /**
     * Processes the chunk's subscriptions still due. {@code products}: products already read by the run, by id; those
     * the chunk needs and does not find there are read (with their prices and line-ups) and added.
     */
    public Counts process(List<Long> ids, LocalDate today, Map<Long, Product> products) {
        int expired = 0;
        int renewed = 0;
        List<Subscription> due = repository.lockAll(ids).stream().filter(s -> SubscriptionLifecycle.isDue(s, today)).toList();
        // the chunk's cards in one query, and their expected CAS state locked in one more (not two queries per row)
        Map<String, String> cards = pairing.cardsPairedWith(new TreeSet<>(due.stream().map(Subscription::getStbSerial).toList()));
        if (!cards.isEmpty()) {
            casBatch.fire(new EntitlementBatch(new TreeSet<>(cards.values())));
        }
        // and the products the run has not read yet, with prices and line-ups, in three
        Set<Long> unread = new TreeSet<>(due.stream().map(Subscription::getProductId).filter(id -> !products.containsKey(id)).toList());
        if (!unread.isEmpty()) {
            catalog.productsById(unread).forEach(p -> products.put(p.getId(), p));
        }
        for (Subscription s : due) {
            Product p = products.get(s.getProductId());
            String card = cards.get(s.getStbSerial());
            boolean renew = s.isAutoRenew() && p.getStatus() == CatalogStatus.ACTIVE && p.getKind() != ProductKind.EVENT
                    && p.priceOn(s.getEndDate().plusDays(1)).isPresent();
            if (renew) {
                SubscriptionLifecycle.renewByRun(s, p.getValidityDays(), today, clock.instant(), repository::add);
                renewed++;
                if (card != null) {
                    cas.fire(new EntitlementChanged(Entitlements.add(card, p, s), s.getCustomerId(), SubscriptionLifecycle.SYSTEM, Surface.SYSTEM));
                }
            } else {
                SubscriptionLifecycle.expireByRun(s, clock.instant(), repository::add);
                expired++;
                if (card != null) {
                    cas.fire(new EntitlementChanged(Entitlements.cancel(card, p), s.getCustomerId(), SubscriptionLifecycle.SYSTEM, Surface.SYSTEM));
                }
            }
        }
        return new Counts(expired, renewed);
    }
}
