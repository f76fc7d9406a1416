package org.opensms.sms.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opensms.cas.api.AddEntitlement;
import org.opensms.cas.api.CancelEntitlement;
import org.opensms.cas.api.CardCommand;
import org.opensms.cas.api.CasCommand;
import org.opensms.cas.api.CommandId;
import org.opensms.sms.audit.JournalSeal;
import org.opensms.sms.audit.JournalSeals;
import org.opensms.sms.audit.SealCheck;
import org.opensms.sms.audit.SealedJournal;
import org.opensms.sms.cas.CasCommandService;
import org.opensms.sms.catalog.CatalogService;
import org.opensms.sms.catalog.ChannelDetails;
import org.opensms.sms.catalog.NcfQuote;
import org.opensms.sms.catalog.ProductDetails;
import org.opensms.sms.catalog.internal.CatalogRepository;
import org.opensms.sms.lco.LcoDetails;
import org.opensms.sms.lco.LcoService;
import org.opensms.sms.lco.internal.LcoRepository;
import org.opensms.sms.pairing.PairingChanged;
import org.opensms.sms.pairing.PairingService;
import org.opensms.sms.pairing.internal.PairingRepository;
import org.opensms.sms.persistence.SyncEvent;
import org.opensms.sms.persistence.TestDatabases;
import org.opensms.sms.shared.AddressInput;
import org.opensms.sms.shared.BusinessCalendar;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.ErrorCode;
import org.opensms.sms.shared.InvalidInputException;
import org.opensms.sms.shared.MovableClock;
import org.opensms.sms.shared.PageRequest;
import org.opensms.sms.shared.Surface;
import org.opensms.sms.stock.DeviceType;
import org.opensms.sms.stock.ImportFormat;
import org.opensms.sms.stock.StockService;
import org.opensms.sms.stock.internal.StockRepository;
import org.opensms.sms.subscriber.SubscriberRegistration;
import org.opensms.sms.subscriber.SubscriberService;
import org.opensms.sms.subscriber.SubscriberServiceForTests;
import org.opensms.sms.subscriber.SubscriberStatusChanged;
import org.opensms.sms.subscription.internal.RenewalStep;
import org.opensms.sms.subscription.internal.SubscriptionRenewalJob;
import org.opensms.sms.subscription.internal.SubscriptionRepository;

/**
 * Catalog and subscriptions on every supported database, through the real services (LCOs, stock, subscribers,
 * pairing, catalog, subscriptions; the CAS replaced by a recorder of the commands issued, as the pairing contract
 * does): tariff refusals storing nothing, effective-dated prices and line-ups, subscribe / renew / change / cancel with
 * their CAS entitlements and history, the expiry and renewal run with the clock moved, subscriptions following a
 * replaced card or STB and a deactivation, the broadcasters' report and the NCF of a multi-TV home. Each test has its
 * own clock (India mornings) and its own subscribers and devices.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SubscriptionPersistenceContract {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Instant CATALOG_DAY = Instant.parse("2026-11-01T04:00:00Z");
    private EntityManagerFactory emf;
    private int next;

    protected abstract DataSource emptySchema() throws Exception;

    @BeforeAll
    void open() throws Exception {
        emf = TestDatabases.migrateAndOpen(emptySchema());
        MovableClock clock = clockAt(CATALOG_DAY);
        inTx(clock, s -> s.lcos.create(new LcoDetails("LCO0001", "Sri Cable", new AddressInput("4 Old Airport Road", null,
                "Bengaluru", "KA", "560017"), "Ramesh K", "9845011111", null, null, "Indiranagar", null), Surface.REST));
        inTx(clock, s -> {
            channel(s, "STAR-PLUS", "Star", "SD", "PAY", false, "19.00");
            channel(s, "STAR-GOLD-HD", "Star", "HD", "PAY", false, "22.00");
            channel(s, "STAR-SPORTS", "Star", "SD", "PAY", false, "17.00");
            channel(s, "DD-NATIONAL", "Prasar Bharati", "SD", "FREE", true, "0");
            channel(s, "COLORS", "Viacom18", "SD", "PAY", false, "15.00");
            product(s, "STAR-VALUE", "BROADCASTER_BOUQUET", "Star", "25.00", "25.00", "STAR-PLUS", "STAR-SPORTS");
            product(s, "BASIC-PACK", "MSO_PACKAGE", null, "30.00", null, "DD-NATIONAL", "STAR-PLUS", "COLORS");
            product(s, "GOLD-ALC", "A_LA_CARTE", null, "22.00", null, "STAR-GOLD-HD");
            product(s, "SPORTS-ADDON", "ADD_ON", null, "10.00", null, "STAR-SPORTS");
        });
    }

    @AfterAll
    void close() {
        if (emf != null) {
            emf.close();
        }
    }

    private static MovableClock clockAt(Instant t) {
        MovableClock c = new MovableClock(Clock.fixed(Instant.EPOCH, java.time.ZoneOffset.UTC));
        c.moveTo("now", t);
        return c;
    }

    private static void channel(Services s, String code, String broadcaster, String def, String type, boolean mandatory, String mrp) {
        s.catalog.createChannel(new ChannelDetails(code, code.replace('-', ' '), broadcaster, "General", "Hindi", def, type,
                mandatory, "SVC-" + code, mrp, null, null), Surface.REST);
    }

    private static void product(Services s, String code, String kind, String broadcaster, String price, String mrp, String... channels) {
        s.catalog.createProduct(new ProductDetails(code, code.replace('-', ' '), kind, broadcaster, "CAS-" + code, null, null,
                null, price, mrp, null, List.of(channels), null), Surface.REST);
    }

    /** The services wired to one entity manager and clock, as the container would; events reach observers synchronously. */
    static final class Services {
        final LcoService lcos;
        final StockService stock;
        final SubscriberService subscribers;
        final PairingService pairing;
        final CatalogService catalog;
        final SubscriptionService subscriptions;
        final RenewalStep renewals;
        final SubscriptionRepository repository;
        final List<String> cas = new ArrayList<>();

        Services(EntityManager em, Clock clock) {
            SessionContext session = (SessionContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {SessionContext.class}, (p, m, a) -> {
                        if (m.getName().equals("getCallerPrincipal")) {
                            return (Principal) () -> "tester";
                        }
                        throw new UnsupportedOperationException(m.getName());
                    });
            lcos = new LcoService(new LcoRepository(em), clock, session);
            stock = new StockService(new StockRepository(em), lcos, clock, session);
            catalog = new CatalogService(new CatalogRepository(em), clock, session);
            SubscriptionService[] subs = new SubscriptionService[1];
            PairingService[] pairs = new PairingService[1];
            subscribers = SubscriberServiceForTests.create(em, clock, "tester", new SyncEvent<SubscriberStatusChanged>(e -> {
                pairs[0].onStatusChanged(e);
                subs[0].onStatusChanged(e);
            }));
            CasCommandService pairingCas = new CasCommandService() {
                @Override
                public CommandId issue(CasCommand command, Surface via, String subscriber) {
                    cas.add(describe((CardCommand) command));
                    return CommandId.of(java.util.UUID.randomUUID().toString());
                }
            };
            pairing = new PairingService(new PairingRepository(em), subscribers, stock, pairingCas, clock,
                    new SyncEvent<PairingChanged>(e -> subs[0].onPairingChanged(e)), session);
            pairs[0] = pairing;
            SyncEvent<EntitlementChanged> entitlements = new SyncEvent<>(e -> cas.add(describe(e.command())));
            repository = new SubscriptionRepository(em);
            subscriptions = new SubscriptionService(repository, catalog, subscribers, pairing, entitlements, clock, session);
            subs[0] = subscriptions;
            renewals = new RenewalStep(repository, catalog, pairing, entitlements,
                    new SyncEvent<EntitlementBatch>(e -> cas.add("LOCK " + String.join(" ", e.cards()))), clock);
        }

        /** "KIND card [product start end]" with instants in India's dates, e.g. "ADD_ENTITLEMENT C1 CAS-X 2026-11-01..2026-11-30". */
        static String describe(CardCommand c) {
            String s = c.kind() + " " + c.card();
            if (c instanceof AddEntitlement a) {
                s += " " + a.product() + " " + BusinessCalendar.dayOf(a.start()) + ".." + BusinessCalendar.dayOf(a.end().minusSeconds(1));
            } else if (c instanceof CancelEntitlement x) {
                s += " " + x.product();
            }
            return s;
        }
    }

    private List<String> inTx(Clock clock, Consumer<Services> work) {
        List<String> issued = new ArrayList<>();
        TestDatabases.inTransaction(emf, em -> {
            Services s = new Services(em, clock);
            work.accept(s);
            issued.addAll(s.cas);
        });
        return issued;
    }

    private <T> T read(Clock clock, Function<Services, T> query) {
        return TestDatabases.read(emf, em -> query.apply(new Services(em, clock)));
    }

    /** A new active subscriber of LCO0001 with n paired STBs; returns [customerId, stb1, card1, stb2, card2, ...]. */
    private String[] household(Clock clock, int tvs) {
        String p = "H" + (++next) + Long.toString(RANDOM.nextLong() & 0xffffffL, 36).toUpperCase(Locale.ROOT);
        StringBuilder stbs = new StringBuilder("vendor,model,serial,lot,warehouse\n");
        StringBuilder cards = new StringBuilder("vendor,number,lot,warehouse\n");
        List<String> s = new ArrayList<>();
        List<String> c = new ArrayList<>();
        for (int i = 1; i <= tvs + 1; i++) {
            stbs.append("Skyworth,HD-100,").append(p).append("-S").append(i).append(",L1,BLR\n");
            cards.append("Nagra,").append(p).append("-C").append(i).append(",L1,BLR\n");
            s.add(p + "-S" + i);
            c.add(p + "-C" + i);
        }
        String mobile = "7" + String.format("%09d", RANDOM.nextInt(1_000_000_000));
        String[] out = new String[1 + 2 * tvs];
        inTx(clock, x -> {
            x.stock.importShipment(DeviceType.STB, ImportFormat.CSV, csv(stbs.toString()), Surface.REST);
            x.stock.importShipment(DeviceType.CARD, ImportFormat.CSV, csv(cards.toString()), Surface.REST);
            x.stock.allocate(DeviceType.STB, s, "LCO0001", null, Surface.REST);
            x.stock.allocate(DeviceType.CARD, c, "LCO0001", null, Surface.REST);
            out[0] = x.subscribers.register(new SubscriberRegistration("Lakshmi Rao", mobile, null, null,
                    new AddressInput("5 MG Road", null, "Bengaluru", "KA", "560001"), null, null, "Indiranagar", "LCO0001",
                    "CAF-" + mobile, "2026-10-20"), Surface.REST).getCustomerId().value();
            x.subscribers.activate(out[0], null, Surface.REST);
            for (int i = 0; i < tvs; i++) {
                x.pairing.pair(out[0], s.get(i), c.get(i), null, Surface.REST);
                out[1 + 2 * i] = s.get(i);
                out[2 + 2 * i] = c.get(i);
            }
        });
        return out;
    }

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static SubscribeRequest buy(String cid, String stb, String product, String start, String end, String days, Boolean autoRenew) {
        return new SubscribeRequest(cid, stb, product, start, end, days, autoRenew);
    }

    private long subscribe(Clock clock, SubscribeRequest r) {
        long[] id = new long[1];
        inTx(clock, s -> id[0] = s.subscriptions.subscribe(r, Surface.CONSOLE).getId());
        return id[0];
    }

    private static <T extends Throwable> void refused(Runnable r, ErrorCode code, String... messages) {
        var a = assertThatThrownBy(r::run).isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).code()).isEqualTo(code));
        for (String m : messages) {
            a.hasMessageContaining(m);
        }
    }

    @Test
    void tariffBreakingProductsAreRefusedNamingTheRuleAndStoreNothing() {
        MovableClock clock = clockAt(CATALOG_DAY);
        refused(() -> inTx(clock, s -> product(s, "STAR-BIG", "BROADCASTER_BOUQUET", "Star", "30.00", "30.00",
                "STAR-PLUS", "STAR-GOLD-HD")), ErrorCode.TARIFF_LIMIT,
                "channel STAR-GOLD-HD has an MRP of 22.00, above the cap of 19.00 for channels in bouquets");
        refused(() -> inTx(clock, s -> product(s, "CHEAP-PACK", "MSO_PACKAGE", null, "10.00", null, "STAR-PLUS", "COLORS")),
                ErrorCode.TARIFF_LIMIT, "price 10.00 of bouquet CHEAP-PACK is a discount of 70.59%", "the cap is 45.00% (at least 18.70)");
        refused(() -> inTx(clock, s -> product(s, "PLUS-ALC", "A_LA_CARTE", null, "19.50", null, "STAR-PLUS")),
                ErrorCode.TARIFF_LIMIT, "price 19.50 of PLUS-ALC is above its MRP 19.00");
        refused(() -> inTx(clock, s -> product(s, "MIXED", "BROADCASTER_BOUQUET", "Star", "20.00", "20.00", "STAR-PLUS", "COLORS")),
                ErrorCode.TARIFF_LIMIT, "channel COLORS is Viacom18's, not Star's");
        for (String code : List.of("STAR-BIG", "CHEAP-PACK", "PLUS-ALC", "MIXED")) {
            var r1 = read(clock, s -> s.catalog.findProduct(code));
            assertThat(r1).as(code).isEmpty();
        }
        assertThatThrownBy(() -> inTx(clock, s -> s.catalog.createProduct(new ProductDetails("x", "", "BOUQUET", null, "bad id!",
                "0", null, null, "1.234", null, "31-13-2026", List.of("STAR-PLUS", "STAR-PLUS", "NOPE!"), null), Surface.REST)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("code").hasMessageContaining("name").hasMessageContaining("kind")
                .hasMessageContaining("casProductId").hasMessageContaining("validityDays").hasMessageContaining("price")
                .hasMessageContaining("effectiveFrom").hasMessageContaining("names STAR-PLUS more than once")
                .hasMessageContaining("channels[2]");
        assertThatThrownBy(() -> inTx(clock, s -> product(s, "GHOST", "MSO_PACKAGE", null, "30.00", null, "STAR-PLUS", "NO-SUCH")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no channel with code 'NO-SUCH'");
    }

    @Test
    void pricesAndLineUpsAreEffectiveDatedAndThePastIsNeverRewritten() {
        MovableClock clock = clockAt(Instant.parse("2026-11-10T04:00:00Z"));
        LocalDate today = LocalDate.of(2026, 11, 10);
        inTx(clock, s -> s.catalog.changeProductPrice("BASIC-PACK", "32.00", null, "2026-11-15", Surface.REST));
        // a second change for the same future day replaces the first
        inTx(clock, s -> s.catalog.changeProductPrice("BASIC-PACK", "31.00", null, "2026-11-15", Surface.REST));
        read(clock, s -> {
            var p = s.catalog.getProduct("BASIC-PACK");
            assertThat(p.priceOn(today).orElseThrow().getPrice()).isEqualByComparingTo("30.00");
            assertThat(p.priceOn(LocalDate.of(2026, 11, 15)).orElseThrow().getPrice()).isEqualByComparingTo("31.00");
            assertThat(p.priceOn(LocalDate.of(2026, 10, 31))).isEmpty();
            return null;
        });
        assertThatThrownBy(() -> inTx(clock, s -> s.catalog.changeProductPrice("BASIC-PACK", "29.00", null, "2026-11-01", Surface.REST)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("effectiveFrom: must be today (2026-11-10) or later");
        // a channel's MRP above the cap from a later day is refused, naming every bouquet carrying it
        refused(() -> inTx(clock, s -> s.catalog.changeChannelMrp("STAR-SPORTS", "21.00", "2026-12-01", Surface.REST)),
                ErrorCode.TARIFF_LIMIT, "channel STAR-SPORTS has an MRP of 21.00, above the cap of 19.00");
        var r2 = read(clock, s -> s.catalog.getChannel("STAR-SPORTS").mrpOn(LocalDate.of(2026, 12, 1)).orElseThrow());
        assertThat(r2)
                .isEqualByComparingTo("17.00");
        // the line-up changes from a day; before it, the old one
        inTx(clock, s -> s.catalog.changeProductChannels("BASIC-PACK", List.of("DD-NATIONAL", "STAR-PLUS", "COLORS", "STAR-SPORTS"),
                "2026-11-20", Surface.REST));
        read(clock, s -> {
            var p = s.catalog.getProduct("BASIC-PACK");
            assertThat(s.catalog.channelsOf(p, today)).extracting(c -> c.getCode()).containsExactlyInAnyOrder("DD-NATIONAL",
                    "STAR-PLUS", "COLORS");
            assertThat(s.catalog.channelsOf(p, LocalDate.of(2026, 11, 20))).hasSize(4);
            return null;
        });
        inTx(clock, s -> s.catalog.changeProductChannels("BASIC-PACK", List.of("DD-NATIONAL", "STAR-PLUS", "COLORS"),
                "2026-11-20", Surface.REST));
        var r3 = read(clock, s -> s.catalog.channelsOf(s.catalog.getProduct("BASIC-PACK"), LocalDate.of(2026, 11, 25)));
        assertThat(r3)
                .hasSize(3);
    }

    @Test
    void subscribeRenewChangeAndCancelTellTheCasAndKeepTheirHistory() {
        MovableClock clock = clockAt(Instant.parse("2026-11-25T04:00:00Z"));
        String[] h = household(clock, 1);
        String cid = h[0], stb = h[1], card = h[2];
        long[] id = new long[1];
        List<String> cas = inTx(clock, s -> id[0] = s.subscriptions.subscribe(buy(cid, stb.toLowerCase(Locale.ROOT), "basic-pack",
                null, null, null, null), Surface.CONSOLE).getId());
        assertThat(cas).containsExactly("ADD_ENTITLEMENT " + card + " CAS-BASIC-PACK 2026-11-25..2026-12-24");
        assertThat(inTx(clock, s -> s.subscriptions.renew(id[0], "30", null, Surface.REST)))
                .containsExactly("ADD_ENTITLEMENT " + card + " CAS-BASIC-PACK 2026-11-25..2027-01-23");
        assertThat(inTx(clock, s -> s.subscriptions.change(id[0], "2027-01-10", true, Surface.SOAP)))
                .containsExactly("ADD_ENTITLEMENT " + card + " CAS-BASIC-PACK 2026-11-25..2027-01-10");
        List<ActiveProduct> active = read(clock, s -> s.subscriptions.activeProducts(cid, null, null));
        assertThat(active).singleElement().satisfies(a -> {
            assertThat(a.productCode()).isEqualTo("BASIC-PACK");
            assertThat(a.endDate()).isEqualTo(LocalDate.of(2027, 1, 10));
            assertThat(a.autoRenew()).isTrue();
            assertThat(a.runningOnDay()).isTrue();
            assertThat(a.channels()).containsExactlyInAnyOrder("DD-NATIONAL", "STAR-PLUS", "COLORS");
        });
        // the add-on goes on the package; a second purchase of the same product is refused
        inTx(clock, s -> s.subscriptions.subscribe(buy(cid, stb, "SPORTS-ADDON", null, null, "10", false), Surface.REST));
        refused(() -> subscribe(clock, buy(cid, stb, "BASIC-PACK", "2027-02-01", null, null, null)), ErrorCode.CONFLICT,
                "already has BASIC-PACK from 2026-11-25 to 2027-01-10", "renew or change it instead");
        clock.advance("test", Duration.ofDays(1));
        assertThat(inTx(clock, s -> s.subscriptions.cancel(id[0], "customer moved away", Surface.CONSOLE)))
                .containsExactly("CANCEL_ENTITLEMENT " + card + " CAS-BASIC-PACK");
        refused(() -> inTx(clock, s -> s.subscriptions.cancel(id[0], "again", Surface.CONSOLE)), ErrorCode.CONFLICT, "is CANCELLED");
        List<SubscriptionEvent> history = read(clock, s -> s.subscriptions.historyOf(id[0]));
        assertThat(history).extracting(SubscriptionEvent::getKind).containsExactly(SubscriptionEventKind.SUBSCRIBED,
                SubscriptionEventKind.RENEWED, SubscriptionEventKind.CHANGED, SubscriptionEventKind.CANCELLED);
        assertThat(history).extracting(SubscriptionEvent::getOccurredVia).containsExactly(Surface.CONSOLE, Surface.REST,
                Surface.SOAP, Surface.CONSOLE);
        assertThat(history.get(1).getDetail()).isEqualTo("renewed from 2026-12-24 to 2027-01-23");
        assertThat(history.get(2).getDetail()).isEqualTo("end date 2027-01-23 -> 2027-01-10; auto-renew on");
        assertThat(history.get(3).getDetail()).isEqualTo("customer moved away");
        assertThat(history).allSatisfy(e -> assertThat(e.getOccurredBy()).isEqualTo("tester"));
        // cancelled on the 26th: it covered the 25th, not the 26th
        var r4 = read(clock, s -> s.subscriptions.countHolders("BASIC-PACK", null, "2026-11-25"));
        assertThat(r4).isPositive();
        Subscription cancelled = read(clock, s -> s.subscriptions.find(id[0]).orElseThrow());
        assertThat(cancelled.covers(LocalDate.of(2026, 11, 25))).isTrue();
        assertThat(cancelled.covers(LocalDate.of(2026, 11, 26))).isFalse();
    }

    @Test
    void badPurchasesAreRefusedNamingTheReasonAndChangeNothing() {
        MovableClock clock = clockAt(Instant.parse("2026-11-25T04:00:00Z"));
        String[] h = household(clock, 1);
        String[] other = household(clock, 1);
        String cid = h[0], stb = h[1];
        assertThatThrownBy(() -> subscribe(clock, buy(cid, stb, "BASIC-PACK", "2026-11-24", null, null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("startDate: must be today (2026-11-25) or later");
        assertThatThrownBy(() -> subscribe(clock, buy(cid, stb, "BASIC-PACK", null, "2026-12-01", "30", null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("give endDate or days, not both");
        assertThatThrownBy(() -> subscribe(clock, buy(cid, stb, "BASIC-PACK", "2026-12-10", "2026-12-01", null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("endDate: must not be before the start date");
        assertThatThrownBy(() -> subscribe(clock, buy(cid, other[1], "BASIC-PACK", null, null, null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("is paired at another subscriber");
        assertThatThrownBy(() -> subscribe(clock, buy(cid, stb, "NO-SUCH", null, null, null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no product with code 'NO-SUCH'");
        refused(() -> subscribe(clock, buy(cid, stb, "SPORTS-ADDON", null, null, null, null)), ErrorCode.CONFLICT,
                "add-on SPORTS-ADDON needs a package or bouquet");
        var r5 = read(clock, s -> s.subscriptions.ofSubscriber(cid, PageRequest.first(10)));
        assertThat(r5).isEmpty();
        var r6 = read(clock, s -> s.subscriptions.history(cid, PageRequest.first(10)));
        assertThat(r6).isEmpty();
    }

    @Test
    void theRunRenewsAutoRenewingSubscriptionsWithoutAGapAndExpiresTheRest() {
        MovableClock clock = clockAt(Instant.parse("2026-11-25T04:00:00Z"));
        String[] h = household(clock, 2);
        long renewing = subscribe(clock, buy(h[0], h[1], "BASIC-PACK", null, null, "1", true));
        long ending = subscribe(clock, buy(h[0], h[3], "GOLD-ALC", null, null, "1", false));
        clock.advance("test", Duration.ofDays(2));
        LocalDate today = LocalDate.of(2026, 11, 27);
        List<String> cas = inTx(clock, s -> s.renewals.process(List.of(renewing, ending), today, new HashMap<>()));
        // the chunk's cards are locked at once (in card order) before the commands are issued
        assertThat(cas).containsExactly("LOCK " + h[2] + " " + h[4],
                "ADD_ENTITLEMENT " + h[2] + " CAS-BASIC-PACK 2026-11-25..2026-12-25",
                "CANCEL_ENTITLEMENT " + h[4] + " CAS-GOLD-ALC");
        read(clock, s -> {
            Subscription r = s.subscriptions.find(renewing).orElseThrow();
            assertThat(r.getStatus()).isEqualTo(SubscriptionStatus.ACTIVE);
            assertThat(r.getEndDate()).isEqualTo(LocalDate.of(2026, 12, 25));
            Subscription e = s.subscriptions.find(ending).orElseThrow();
            assertThat(e.getStatus()).isEqualTo(SubscriptionStatus.EXPIRED);
            assertThat(e.getEndedOn()).isEqualTo(LocalDate.of(2026, 11, 26));
            assertThat(s.subscriptions.historyOf(renewing).get(1).getDetail()).isEqualTo("auto-renewed from 2026-11-25 to 2026-12-25");
            assertThat(s.subscriptions.historyOf(ending).get(1).getKind()).isEqualTo(SubscriptionEventKind.EXPIRED);
            assertThat(s.subscriptions.historyOf(ending).get(1).getOccurredBy()).isEqualTo("system");
            return null;
        });
        // a second run finds nothing left to do
        assertThat(inTx(clock, s -> s.renewals.process(List.of(renewing, ending), today, new HashMap<>()))).isEmpty();
    }

    @Test
    void theRunsRangesOfDueIdsCoverEveryDueSubscriptionOnceInAboutEqualParts() {
        MovableClock clock = clockAt(Instant.parse("2026-11-25T04:00:00Z"));
        String[] h = household(clock, 3);
        List<Long> mine = new ArrayList<>();
        for (int stb = 1; stb <= 5; stb += 2) {
            mine.add(subscribe(clock, buy(h[0], h[stb], "BASIC-PACK", null, null, "1", true)));
            mine.add(subscribe(clock, buy(h[0], h[stb], "GOLD-ALC", null, null, "1", false)));
        }
        clock.advance("test", Duration.ofDays(2));
        LocalDate today = LocalDate.of(2026, 11, 27);
        List<Long> due = read(clock, s -> s.repository.due(today, 0, Long.MAX_VALUE, Integer.MAX_VALUE));
        assertThat(due).containsAll(mine);
        long counted = read(clock, s -> s.repository.countDue(today));
        assertThat(counted).isEqualTo(due.size());
        for (int parts = 1; parts <= due.size() + 1; parts++) {
            int n = parts;
            List<Long> cuts = read(clock, s -> s.repository.dueSplitIds(today, counted, n));
            List<SubscriptionRenewalJob.IdRange> ranges = SubscriptionRenewalJob.ranges(cuts);
            assertThat(ranges).as("ranges for %d parts", n).hasSize(due.size() < n ? 1 : n);
            List<Long> covered = new ArrayList<>();
            for (SubscriptionRenewalJob.IdRange r : ranges) {
                List<Long> inRange = read(clock, s -> {
                    List<Long> all = new ArrayList<>();
                    for (long after = r.afterId(); ; ) {   // chunks of 2, as the run reads a range chunk after chunk
                        List<Long> chunk = s.repository.due(today, after, r.upTo(), 2);
                        if (chunk.isEmpty()) {
                            return all;
                        }
                        all.addAll(chunk);
                        after = chunk.get(chunk.size() - 1);
                    }
                });
                if (ranges.size() > 1) {
                    assertThat(inRange.size()).as("one of %d parts of %d", n, due.size())
                            .isBetween(due.size() / n, (due.size() + n - 1) / n);
                }
                covered.addAll(inRange);
            }
            assertThat(covered).as("every due id once, in id order, for %d parts", n).containsExactlyElementsOf(due);
        }
        // a count larger than what is due now (another server's run took some meanwhile): fewer cuts, nothing lost
        List<Long> stale = read(clock, s -> s.repository.dueSplitIds(today, 4 * counted, 2));
        assertThat(stale).isEmpty();
        List<Long> inOneRange = read(clock, s -> s.repository.due(today, 0, SubscriptionRenewalJob.ranges(stale).get(0).upTo(),
                Integer.MAX_VALUE));
        assertThat(inOneRange).containsExactlyElementsOf(due);
    }

    @Test
    void subscriptionsFollowAReplacedCardOrBoxAndEndWithTheSubscriber() {
        MovableClock clock = clockAt(Instant.parse("2026-11-25T04:00:00Z"));
        String[] h = household(clock, 1);
        String cid = h[0], stb = h[1], card = h[2];
        String spareStb = stb.replace("-S1", "-S2"), spareCard = card.replace("-C1", "-C2");
        long id = subscribe(clock, buy(cid, stb, "STAR-VALUE", null, null, null, null));
        List<String> cas = inTx(clock, s -> s.pairing.replace(cid, DeviceType.CARD, card, spareCard, "card faulty", Surface.REST));
        assertThat(cas).contains("ADD_ENTITLEMENT " + spareCard + " CAS-STAR-VALUE 2026-11-25..2026-12-24");
        cas = inTx(clock, s -> s.pairing.replace(cid, DeviceType.STB, stb, spareStb, "box faulty", Surface.REST));
        assertThat(cas).noneMatch(c -> c.contains("ENTITLEMENT"));
        var r7 = read(clock, s -> s.subscriptions.find(id).orElseThrow().getStbSerial());
        assertThat(r7).isEqualTo(spareStb);
        var r8 = read(clock, s -> s.subscriptions.historyOf(id));
        assertThat(r8).extracting(SubscriptionEvent::getKind)
                .containsExactly(SubscriptionEventKind.SUBSCRIBED, SubscriptionEventKind.MOVED);
        cas = inTx(clock, s -> s.subscribers.deactivate(cid, "left the network", Surface.CONSOLE));
        // the card left the household with all its entitlements (pairing); the subscription ends with the subscriber
        assertThat(cas).contains("CANCEL_ALL_ENTITLEMENTS " + spareCard);
        var r9 = read(clock, s -> s.subscriptions.find(id).orElseThrow().getStatus());
        assertThat(r9).isEqualTo(SubscriptionStatus.CANCELLED);
    }

    @Test
    void theBroadcasterReportAveragesTheCountsOfTheReportDays() {
        // March 2027, which no other test reaches
        MovableClock clock = clockAt(Instant.parse("2027-03-01T04:00:00Z"));
        String[] one = household(clock, 1);
        String[] two = household(clock, 1);
        subscribe(clock, buy(one[0], one[1], "BASIC-PACK", "2027-03-05", "2027-03-20", null, null));
        subscribe(clock, buy(two[0], two[1], "STAR-VALUE", "2027-03-10", null, "30", null));
        long cancelled = subscribe(clock, buy(two[0], two[1], "BASIC-PACK", null, "2027-03-31", null, null));
        clock.advance("test", Duration.ofDays(20));
        inTx(clock, s -> s.subscriptions.cancel(cancelled, "downgrade", Surface.REST));
        BroadcasterReport all = read(clock, s -> s.subscriptions.broadcasterReport("2027-03", null));
        assertThat(all.days()).containsExactly(LocalDate.of(2027, 3, 7), LocalDate.of(2027, 3, 14), LocalDate.of(2027, 3, 21),
                LocalDate.of(2027, 3, 28));
        assertLine(all.channels(), "STAR-PLUS", List.of(2L, 2L, 1L, 1L), "1.50");
        assertLine(all.channels(), "STAR-SPORTS", List.of(0L, 1L, 1L, 1L), "0.75");
        assertLine(all.channels(), "COLORS", List.of(2L, 2L, 0L, 0L), "1.00");
        assertThat(all.channels()).extracting(BroadcasterReport.Line::code).doesNotContain("DD-NATIONAL");
        assertLine(all.products(), "BASIC-PACK", List.of(2L, 2L, 0L, 0L), "1.00");
        assertLine(all.products(), "STAR-VALUE", List.of(0L, 1L, 1L, 1L), "0.75");
        BroadcasterReport star = read(clock, s -> s.subscriptions.broadcasterReport("2027-03", "star"));
        assertThat(star.channels()).extracting(BroadcasterReport.Line::code).containsExactlyInAnyOrder("STAR-PLUS",
                "STAR-GOLD-HD", "STAR-SPORTS");
        assertThat(star.products()).extracting(BroadcasterReport.Line::code).containsExactlyInAnyOrder("STAR-VALUE", "GOLD-ALC");
        var r10 = read(clock, s -> s.subscriptions.countHolders(null, "STAR-PLUS", "2027-03-14"));
        assertThat(r10).isEqualTo(2);
        var r11 = read(clock, s -> s.subscriptions.holders("BASIC-PACK", null, "2027-03-14", PageRequest.first(10)));
        assertThat(r11)
                .extracting(Subscription::getStbSerial).containsExactlyInAnyOrder(one[1], two[1]);
        assertThatThrownBy(() -> read(clock, s -> s.subscriptions.broadcasterReport("2027-13", null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("month: must be a month like 2026-11");
        assertThatThrownBy(() -> read(clock, s -> s.subscriptions.countHolders("BASIC-PACK", "STAR-PLUS", null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("give exactly one of product or channel");
    }

    private static void assertLine(List<BroadcasterReport.Line> lines, String code, List<Long> counts, String average) {
        assertThat(lines).filteredOn(l -> l.code().equals(code)).singleElement().satisfies(l -> {
            assertThat(l.counts()).as(code).isEqualTo(counts);
            assertThat(l.average()).as(code).isEqualByComparingTo(average);
        });
    }

    @Test
    void theNcfOfAMultiTvHomeCountsHdAsTwoAndLeavesMandatoryChannelsOut() {
        MovableClock clock = clockAt(Instant.parse("2026-11-25T04:00:00Z"));
        String[] h = household(clock, 2);
        subscribe(clock, buy(h[0], h[1], "BASIC-PACK", null, null, null, null));
        subscribe(clock, buy(h[0], h[3], "GOLD-ALC", null, null, null, null));
        NcfQuote q = read(clock, s -> s.subscriptions.ncf(h[0], null, null));
        assertThat(q.ruleName()).isEqualTo("NTO 2.0 default");
        assertThat(q.tvs()).extracting(NcfQuote.Tv::sdChannels).containsExactly(2, 2);
        assertThat(q.tvs()).extracting(NcfQuote.Tv::fee).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("130.00"), new BigDecimal("52.00"));
        assertThat(q.total()).isEqualByComparingTo("182.00");
    }
    /**
     * The subscription history and the subscriber history are sealed like the CAS journal (TRAI: logs may not be
     * altered silently): a history row altered or removed behind the application's back shows in the verification.
     */
    @Test
    void subscriptionAndSubscriberHistoriesAreSealedAndAnAlterationIsFound() {
        MovableClock clock = clockAt(Instant.parse("2026-11-26T04:00:00Z"));
        String[] h = household(clock, 1);
        subscribe(clock, buy(h[0], h[1], "BASIC-PACK", null, null, "30", false));
        // long after every row a test of this class writes: everything so far is sealed, in one run per journal
        Instant later = Instant.parse("2031-01-01T00:00:00Z");
        for (SealedJournal j : List.of(SealedJournal.SUBSCRIPTION_EVENT, SealedJournal.SUBSCRIBER_CHANGE)) {
            JournalSeal[] seal = new JournalSeal[1];
            TestDatabases.inTransaction(emf, em -> seal[0] = new JournalSeals(em).seal(j, later));
            assertThat(seal[0]).as(j + " has rows to seal").isNotNull();
            assertThat(sealStates(j)).as(j.name()).containsOnly(SealCheck.State.INTACT);
        }

        String by = TestDatabases.read(emf, em -> (String) em.createNativeQuery(
                "select occurred_by from subscription_event where customer_id = ?1").setParameter(1, h[0]).getSingleResult());
        sql("update subscription_event set occurred_by = 'intruder' where customer_id = '" + h[0] + "'");
        assertThat(sealStates(SealedJournal.SUBSCRIPTION_EVENT)).contains(SealCheck.State.CHANGED);
        sql("update subscription_event set occurred_by = '" + by + "' where customer_id = '" + h[0] + "'");
        assertThat(sealStates(SealedJournal.SUBSCRIPTION_EVENT)).as("put back").containsOnly(SealCheck.State.INTACT);

        sql("delete from subscriber_change where subscriber_id = (select id from subscriber where customer_id = '" + h[0]
                + "') and new_value = 'ACTIVE'");
        assertThat(sealStates(SealedJournal.SUBSCRIBER_CHANGE)).contains(SealCheck.State.ROWS_CHANGED);
    }

    private List<SealCheck.State> sealStates(SealedJournal journal) {
        return TestDatabases.read(emf, em -> new JournalSeals(em).verify(journal)).stream().map(SealCheck::state).toList();
    }

    private void sql(String statement) {
        TestDatabases.inTransaction(emf, em -> em.createNativeQuery(statement).executeUpdate());
    }
}
