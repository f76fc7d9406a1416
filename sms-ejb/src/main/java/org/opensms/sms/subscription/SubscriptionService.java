package org.opensms.sms.subscription;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.opensms.sms.catalog.CatalogFilter;
import org.opensms.sms.catalog.CatalogService;
import org.opensms.sms.catalog.CatalogStatus;
import org.opensms.sms.catalog.Channel;
import org.opensms.sms.catalog.NcfQuote;
import org.opensms.sms.catalog.Product;
import org.opensms.sms.catalog.ProductKind;
import org.opensms.sms.pairing.PairedSubscriber;
import org.opensms.sms.pairing.PairingChanged;
import org.opensms.sms.pairing.PairingService;
import org.opensms.sms.security.Roles;
import org.opensms.sms.shared.BusinessCalendar;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.ErrorCode;
import org.opensms.sms.shared.InputCheck;
import org.opensms.sms.shared.InvalidInputException;
import org.opensms.sms.shared.PageRequest;
import org.opensms.sms.shared.Surface;
import org.opensms.sms.subscriber.Subscriber;
import org.opensms.sms.subscriber.SubscriberService;
import org.opensms.sms.subscriber.SubscriberStatus;
import org.opensms.sms.subscriber.SubscriberStatusChanged;
import org.opensms.sms.subscription.internal.SubscriptionRenewalJob;
import org.opensms.sms.subscription.internal.SubscriptionRepository;

/**
 * Subscriptions: buy, renew, change and cancel products on a subscriber's STBs, and the questions about them. Each
 * call is one transaction in which the subscription, its history line ({@link SubscriptionEvent}) and the CAS command
 * for the card paired with the STB ({@link Entitlements}, through {@link EntitlementChanged}) change together or not
 * at all. Dates are India's; a period's end date is its last day.
 */
@Stateless
@DeclareRoles({Roles.MSO_ADMIN, Roles.MSO_OPERATOR, Roles.LCO})
@RolesAllowed({Roles.MSO_ADMIN, Roles.MSO_OPERATOR})
public class SubscriptionService {

    /** The longest period one purchase, renewal or change may reach ahead of today. */
    public static final int MAX_DAYS_AHEAD = 3 * 366;
    public static final int MAX_REASON = 200;
    /** The report days of the broadcasters' monthly report. */
    public static final int[] REPORT_DAYS = {7, 14, 21, 28};

    @Inject
    SubscriptionRepository repository;
    @Inject
    CatalogService catalog;
    @Inject
    SubscriberService subscribers;
    @Inject
    PairingService pairing;
    @Inject
    Event<EntitlementChanged> cas;
    @Inject
    SubscriptionRenewalJob renewals;
    @Inject
    Clock clock;
    @Resource
    SessionContext session;

    public SubscriptionService() {
    }

    /** For use outside the container (persistence tests). */
    public SubscriptionService(SubscriptionRepository repository, CatalogService catalog, SubscriberService subscribers,
                               PairingService pairing, Event<EntitlementChanged> cas, Clock clock, SessionContext session) {
        this.repository = repository;
        this.catalog = catalog;
        this.subscribers = subscribers;
        this.pairing = pairing;
        this.cas = cas;
        this.clock = clock;
        this.session = session;
    }

    /**
     * Gives the product to the STB of the subscriber. Refused when the subscriber is deactivated, the STB is not in a
     * current pair of that subscriber, the product is withdrawn or unpriced on the start day, the STB already has the
     * product (renew it instead), an add-on has no package or bouquet under it, or an event is over.
     */
    public Subscription subscribe(SubscribeRequest r, Surface via) {
        InputCheck check = new InputCheck();
        String cid = check.required("customerId", r.customerId(), 20);
        String stb = check.required("stb", r.stb(), 64);
        String code = check.required("product", r.product(), 40);
        LocalDate start = check.date("startDate", r.startDate());
        LocalDate end = check.date("endDate", r.endDate());
        Integer days = check.whole("days", r.days(), 1, MAX_DAYS_AHEAD);
        if (end != null && days != null) {
            check.add("days", "give endDate or days, not both");
        }
        check.throwIfInvalid();
        Subscriber s = subscribers.getByCustomerId(cid);
        if (s.getStatus() == SubscriberStatus.DEACTIVATED) {
            throw conflict("subscriber " + s.getCustomerId().value() + " is deactivated");
        }
        stb = stb.toUpperCase(Locale.ROOT);
        PairedSubscriber paired = pairing.findByStb(stb).orElseThrow(() -> new InvalidInputException("stb",
                "set-top box " + r.stb().strip() + " is in no current pair"));
        if (!paired.subscriber().getId().equals(s.getId())) {
            throw new InvalidInputException("stb", "set-top box " + stb + " is paired at another subscriber, not at "
                    + s.getCustomerId().value());
        }
        Product p = catalog.findProduct(code).orElseThrow(() -> new InvalidInputException("product", "no product with code '" + code + "'"));
        if (p.getStatus() != CatalogStatus.ACTIVE) {
            throw conflict("product " + p.getCode() + " is withdrawn");
        }
        LocalDate today = today();
        if (p.getKind() == ProductKind.EVENT) {
            if (start != null || end != null || days != null) {
                throw new InvalidInputException("startDate", "an event package runs over its event's window; give no dates");
            }
            if (p.isOverAt(clock.instant())) {
                throw conflict("event " + p.getCode() + " ended at " + p.getEventEnd());
            }
            start = BusinessCalendar.dayOf(p.getEventStart());
            start = start.isBefore(today) ? today : start;
            end = BusinessCalendar.dayOf(p.getEventEnd().minusNanos(1));
        } else {
            start = start == null ? today : start;
            if (start.isBefore(today)) {
                throw new InvalidInputException("startDate", "must be today (" + today + ") or later, got " + start);
            }
            end = end != null ? end : start.plusDays((days != null ? days : p.getValidityDays()) - 1L);
            checkEnd("endDate", end, start, today);
        }
        if (p.priceOn(start).isEmpty()) {
            throw conflict("product " + p.getCode() + " has no price on " + start);
        }
        List<Subscription> live = repository.liveOfStb(stb, today);
        for (Subscription x : live) {
            if (x.getProductId().equals(p.getId())) {
                throw conflict("set-top box " + stb + " already has " + p.getCode() + " from " + x.getStartDate() + " to "
                        + x.getEndDate() + " (subscription " + x.getId() + "); renew or change it instead");
            }
        }
        if (p.getKind() == ProductKind.ADD_ON && !hasBase(live, start)) {
            throw conflict("add-on " + p.getCode() + " needs a package or bouquet on set-top box " + stb + " on " + start);
        }
        Subscription sub = new Subscription(s.getId(), s.getCustomerId().value(), stb, p.getId(), p.getCode(), start, end,
                Boolean.TRUE.equals(r.autoRenew()) && p.getKind() != ProductKind.EVENT, clock.instant(), caller(), via);
        repository.add(sub);
        repository.flush();
        record(sub, SubscriptionEventKind.SUBSCRIBED, null, caller(), via);
        cas.fire(new EntitlementChanged(Entitlements.add(paired.pairing().getCardNumber(), p, sub), sub.getCustomerId(), caller(), via));
        return sub;
    }

    /** Extends the subscription without a gap by {@code days} (default: the product's validity) or to {@code endDate}. */
    public Subscription renew(long id, String days, String endDate, Surface via) {
        InputCheck check = new InputCheck();
        Integer d = check.whole("days", days, 1, MAX_DAYS_AHEAD);
        LocalDate e = check.date("endDate", endDate);
        if (d != null && e != null) {
            check.add("days", "give endDate or days, not both");
        }
        check.throwIfInvalid();
        Subscription s = locked(id);
        Product p = catalog.productById(s.getProductId());
        requireActive(s);
        if (p.getKind() == ProductKind.EVENT) {
            throw conflict("an event package is not renewed: its window is fixed");
        }
        LocalDate newEnd = e != null ? e : s.getEndDate().plusDays(d != null ? d : p.getValidityDays());
        if (!newEnd.isAfter(s.getEndDate())) {
            throw new InvalidInputException("endDate", "must be after the current end date " + s.getEndDate() + ", got " + newEnd);
        }
        checkEnd("endDate", newEnd, s.getStartDate(), today());
        String detail = "renewed from " + s.getEndDate() + " to " + newEnd;
        s.changeEnd(newEnd, clock.instant());
        record(s, SubscriptionEventKind.RENEWED, detail, caller(), via);
        entitle(s, p, caller(), via);
        return s;
    }

    /** Moves the end date (today or later, not before the start) and/or sets auto-renew. */
    public Subscription change(long id, String endDate, Boolean autoRenew, Surface via) {
        InputCheck check = new InputCheck();
        LocalDate e = check.date("endDate", endDate);
        if (e == null && autoRenew == null && !check.hasErrors()) {
            check.add("endDate", "give endDate or autoRenew (or both)");
        }
        check.throwIfInvalid();
        Subscription s = locked(id);
        Product p = catalog.productById(s.getProductId());
        requireActive(s);
        LocalDate today = today();
        List<String> what = new ArrayList<>();
        if (e != null && !e.equals(s.getEndDate())) {
            if (p.getKind() == ProductKind.EVENT) {
                throw conflict("an event package's window is fixed");
            }
            if (e.isBefore(today)) {
                throw new InvalidInputException("endDate", "must be today (" + today + ") or later, got " + e + "; cancel it to end it now");
            }
            checkEnd("endDate", e, s.getStartDate(), today);
            what.add("end date " + s.getEndDate() + " -> " + e);
            s.changeEnd(e, clock.instant());
        }
        if (autoRenew != null && autoRenew != s.isAutoRenew()) {
            if (autoRenew && p.getKind() == ProductKind.EVENT) {
                throw conflict("an event package is not renewed");
            }
            what.add("auto-renew " + (autoRenew ? "on" : "off"));
            s.changeAutoRenew(autoRenew, clock.instant());
        }
        if (what.isEmpty()) {
            return s;
        }
        record(s, SubscriptionEventKind.CHANGED, String.join("; ", what), caller(), via);
        if (what.get(0).startsWith("end date")) {
            entitle(s, p, caller(), via);
        }
        return s;
    }

    /** Ends the subscription today: from today it no longer covers the STB; the CAS cancels the entitlement. */
    public Subscription cancel(long id, String reason, Surface via) {
        InputCheck check = new InputCheck();
        String why = check.required("reason", reason, MAX_REASON);
        check.throwIfInvalid();
        Subscription s = locked(id);
        requireActive(s);
        end(s, catalog.productById(s.getProductId()), why, caller(), via);
        return s;
    }

    public Optional<Subscription> find(long id) {
        return Optional.ofNullable(repository.find(id));
    }

    /** Every subscription of the subscriber, newest first. */
    public List<Subscription> ofSubscriber(String customerId, PageRequest page) {
        return repository.ofCustomer(subscribers.getByCustomerId(customerId).getCustomerId().value(), page.offset(), page.size());
    }

    /** The subscriber's subscription history (every change), newest first. */
    public List<SubscriptionEvent> history(String customerId, PageRequest page) {
        return repository.events(subscribers.getByCustomerId(customerId).getCustomerId().value(), page.offset(), page.size());
    }

    public List<SubscriptionEvent> historyOf(long subscriptionId) {
        return repository.eventsOf(subscriptionId);
    }

    /**
     * What the subscriber (or one of its STBs) has on the day (default today) or will have later, with the channels of
     * each product and until when ("which bouquet is active on this STB and until when").
     */
    public List<ActiveProduct> activeProducts(String customerId, String stb, String day) {
        InputCheck check = new InputCheck();
        LocalDate d = check.date("day", day);
        String box = check.optional("stb", stb, 64);
        check.throwIfInvalid();
        String cid = subscribers.getByCustomerId(customerId).getCustomerId().value();
        LocalDate on = d == null ? today() : d;
        List<ActiveProduct> out = new ArrayList<>();
        Map<Long, Product> products = new HashMap<>();
        for (Subscription s : repository.coveringOrLater(cid, box == null ? null : box.toUpperCase(Locale.ROOT), on)) {
            Product p = products.computeIfAbsent(s.getProductId(), catalog::productById);
            boolean running = s.covers(on);
            LocalDate channelDay = running ? on : s.getStartDate();
            out.add(new ActiveProduct(s.getId(), s.getCustomerId(), s.getStbSerial(), p.getCode(), p.getName(), p.getKind(),
                    s.getStartDate(), s.getEndDate(), s.isAutoRenew(), running,
                    catalog.channelsOf(p, channelDay).stream().map(Channel::getCode).toList()));
        }
        return out;
    }

    /** The subscriptions that give the product (code) or the channel (code) on the day, by STB; exactly one of the two. */
    public List<Subscription> holders(String productCode, String channelCode, String day, PageRequest page) {
        Target t = target(productCode, channelCode, day);
        return repository.covering(t.productId, t.channelId, t.day, page.offset(), page.size());
    }

    /** How many STBs have the product or the channel on the day ("active subscribers of a channel or bouquet"). */
    public long countHolders(String productCode, String channelCode, String day) {
        Target t = target(productCode, channelCode, day);
        return repository.countCovering(t.productId, t.channelId, t.day);
    }

    private record Target(Long productId, Long channelId, LocalDate day) {
    }

    private Target target(String productCode, String channelCode, String day) {
        InputCheck check = new InputCheck();
        String p = check.optional("product", productCode, 40);
        String c = check.optional("channel", channelCode, 40);
        LocalDate d = check.date("day", day);
        if ((p == null) == (c == null) && !check.hasErrors()) {
            check.add("product", "give exactly one of product or channel");
        }
        check.throwIfInvalid();
        LocalDate on = d == null ? today() : d;
        return p != null ? new Target(catalog.getProduct(p).getId(), null, on) : new Target(null, catalog.getChannel(c).getId(), on);
    }

    /**
     * The broadcasters' monthly report for the month (e.g. 2026-11): STBs per pay channel and per product on the 7th,
     * 14th, 21st and 28th, and their average; narrowed to one broadcaster when given.
     */
    public BroadcasterReport broadcasterReport(String month, String broadcaster) {
        InputCheck check = new InputCheck();
        String m = check.required("month", month, 7);
        YearMonth ym = check.convert("month", m, SubscriptionService::month);
        String b = check.optional("broadcaster", broadcaster, Channel.MAX_BROADCASTER);
        check.throwIfInvalid();
        List<LocalDate> days = new ArrayList<>();
        List<Map<Long, Long>> perChannel = new ArrayList<>();
        List<Map<Long, Long>> perProduct = new ArrayList<>();
        for (int day : REPORT_DAYS) {
            LocalDate d = ym.atDay(day);
            days.add(d);
            perChannel.add(repository.stbsPerChannel(d));
            perProduct.add(repository.stbsPerProduct(d));
        }
        CatalogFilter filter = new CatalogFilter(null, null, b, null, null, null, null);
        List<BroadcasterReport.Line> channels = new ArrayList<>();
        for (Channel c : allPages(p -> catalog.channels(filter, p))) {
            if (c.isPay()) {
                channels.add(line(c.getCode(), c.getName(), c.getBroadcaster(), null, c.getId(), perChannel));
            }
        }
        List<BroadcasterReport.Line> products = new ArrayList<>();
        for (Product p : allPages(pg -> catalog.products(filter, pg))) {
            products.add(line(p.getCode(), p.getName(), p.getBroadcaster(), p.getKind().name(), p.getId(), perProduct));
        }
        return new BroadcasterReport(ym, b, days, channels, products);
    }

    private static <T> List<T> allPages(java.util.function.Function<PageRequest, List<T>> page) {
        List<T> all = new ArrayList<>();
        for (int offset = 0; ; offset += PageRequest.MAX_SIZE) {
            List<T> p = page.apply(new PageRequest(offset, PageRequest.MAX_SIZE, null, true));
            all.addAll(p);
            if (p.size() < PageRequest.MAX_SIZE) {
                return all;
            }
        }
    }

    private static BroadcasterReport.Line line(String code, String name, String broadcaster, String kind, Long id,
                                               List<Map<Long, Long>> counts) {
        List<Long> c = counts.stream().map(m -> m.getOrDefault(id, 0L)).toList();
        long sum = c.stream().mapToLong(Long::longValue).sum();
        BigDecimal avg = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(c.size()), 2, RoundingMode.HALF_UP);
        return new BroadcasterReport.Line(code, name, broadcaster, kind, c, avg);
    }

    static YearMonth month(String text) {
        try {
            return YearMonth.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException("value", "must be a month like 2026-11, got '" + text + "'");
        }
    }

    /**
     * The network capacity fee of the subscriber's home on the day (default today): each TV (current pair) counted by
     * the SD-equivalent channels its subscriptions carry that day, mandatory channels not counted, the first TV
     * paired being the main one; the rule chosen by the subscriber's state and the customer class (default RESIDENTIAL).
     */
    public NcfQuote ncf(String customerId, String customerClass, String day) {
        InputCheck check = new InputCheck();
        LocalDate d = check.date("day", day);
        String cls = org.opensms.sms.catalog.NcfRuleDetails.customerClass(check, customerClass);
        check.throwIfInvalid();
        Subscriber s = subscribers.getByCustomerId(customerId);
        LocalDate on = d == null ? today() : d;
        List<String> stbs = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (var pair : pairing.pairsOf(s.getCustomerId().value())) {
            java.util.Set<Long> channelIds = new java.util.HashSet<>();
            for (Subscription sub : repository.coveringOrLater(s.getCustomerId().value(), pair.getStbSerial(), on)) {
                if (sub.covers(on)) {
                    channelIds.addAll(catalog.productById(sub.getProductId()).channelIdsOn(on));
                }
            }
            int sd = catalog.channelsById(channelIds).stream().filter(c -> !c.isMandatory())
                    .mapToInt(c -> c.getDefinition().sdEquivalent()).sum();
            stbs.add(pair.getStbSerial());
            counts.add(sd);
        }
        if (counts.isEmpty()) {
            throw conflict("subscriber " + s.getCustomerId().value() + " has no paired set-top box");
        }
        var home = s.getInstallationAddress() != null ? s.getInstallationAddress() : s.getBillingAddress();
        return catalog.ncf(home.getState().name(), cls == null ? "RESIDENTIAL" : cls, on, stbs, counts);
    }

    /** Starts the expiry and renewal run now, in the background; CONFLICT if one is going. */
    @RolesAllowed(Roles.MSO_ADMIN)
    public RenewalRunReport startRenewalRun() {
        if (!renewals.start(caller())) {
            throw conflict("an expiry and renewal run is going; wait for it to finish");
        }
        return renewals.lastRun();
    }

    /** The last (or current) expiry and renewal run, if any since the server started. */
    public Optional<RenewalRunReport> lastRenewalRun() {
        return Optional.ofNullable(renewals.lastRun());
    }

    /** How many subscriptions are due for expiry or renewal now (a count up to 10 s old; see the run's countDue). */
    public long countDue() {
        return renewals.countDue(today());
    }

    // ---- the system's side: pairing changes and deactivation (observers) and the expiry and renewal run

    /**
     * Subscriptions follow their STB's pair (called in the pairing's transaction): a new card paired with the STB, or
     * a replacement card, is entitled to every live subscription of the STB; a replacement STB takes over the old
     * one's live subscriptions (the card keeps its entitlements). An unpaired card already had all its entitlements
     * cancelled by pairing; the subscriptions stay with the STB.
     */
    public void onPairingChanged(PairingChanged e) {
        LocalDate today = today();
        String who = caller();
        if (e.kind() == PairingChanged.Kind.REPLACED && !e.stb().equals(e.oldStb())) {
            for (Subscription s : repository.liveOfStb(e.oldStb(), today)) {
                s.moveTo(e.stb(), clock.instant());
                record(s, SubscriptionEventKind.MOVED, "faulty set-top box " + e.oldStb() + " replaced by " + e.stb(), who, e.via());
            }
            return;
        }
        if (e.kind() == PairingChanged.Kind.PAIRED || e.kind() == PairingChanged.Kind.REPLACED) {
            for (Subscription s : repository.liveOfStb(e.stb(), today)) {
                cas.fire(new EntitlementChanged(Entitlements.add(e.card(), catalog.productById(s.getProductId()), s),
                        s.getCustomerId(), who, e.via()));
            }
        }
    }

    /** A permanently deactivated subscriber's live subscriptions are cancelled (in the deactivation's transaction). */
    public void onStatusChanged(SubscriberStatusChanged e) {
        if (e.to() != SubscriberStatus.DEACTIVATED) {
            return;
        }
        for (Subscription s : repository.liveOfCustomer(e.customerId().value(), today())) {
            end(s, catalog.productById(s.getProductId()), "subscriber deactivated", caller(), e.via());
        }
    }

    // ---- helpers

    /** Cancels today, with the CAS told when the STB has a card. */
    private void end(Subscription s, Product p, String why, String who, Surface via) {
        s.cancel(today(), clock.instant());
        record(s, SubscriptionEventKind.CANCELLED, why, who, via);
        pairing.cardPairedWith(s.getStbSerial()).ifPresent(card ->
                cas.fire(new EntitlementChanged(Entitlements.cancel(card, p), s.getCustomerId(), who, via)));
    }

    private void entitle(Subscription s, Product p, String who, Surface via) {
        pairing.cardPairedWith(s.getStbSerial()).ifPresent(card ->
                cas.fire(new EntitlementChanged(Entitlements.add(card, p, s), s.getCustomerId(), who, via)));
    }

    private void record(Subscription s, SubscriptionEventKind kind, String detail, String who, Surface via) {
        repository.add(new SubscriptionEvent(s, kind, detail, clock.instant(), who, via));
    }

    /** True if a live package or bouquet (what an add-on goes on) covers the day. */
    private boolean hasBase(List<Subscription> live, LocalDate day) {
        return live.stream().anyMatch(x -> x.covers(day) && switch (catalog.productById(x.getProductId()).getKind()) {
            case MSO_PACKAGE, BROADCASTER_BOUQUET -> true;
            default -> false;
        });
    }

    private static void checkEnd(String field, LocalDate end, LocalDate start, LocalDate today) {
        if (end.isBefore(start)) {
            throw new InvalidInputException(field, "must not be before the start date " + start + ", got " + end);
        }
        if (end.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw new InvalidInputException(field, "must be at most " + MAX_DAYS_AHEAD + " days ahead, got " + end);
        }
    }

    private Subscription locked(long id) {
        return repository.lock(id).orElseThrow(() -> new BusinessException(ErrorCode.NOT_FOUND, "no subscription " + id));
    }

    private static void requireActive(Subscription s) {
        if (s.getStatus() != SubscriptionStatus.ACTIVE) {
            throw conflict("subscription " + s.getId() + " is " + s.getStatus() + " since " + s.getEndedOn()
                    + "; buy the product again instead");
        }
    }

    private static BusinessException conflict(String message) {
        return new BusinessException(ErrorCode.CONFLICT, message);
    }

    private LocalDate today() {
        return BusinessCalendar.today(clock);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
