package org.opensms.sms.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opensms.cas.api.CardCommand;
import org.opensms.cas.api.CasCommand;
import org.opensms.cas.api.CommandId;
import org.opensms.sms.cas.CasCommandService;
import org.opensms.sms.lco.LcoDetails;
import org.opensms.sms.lco.LcoService;
import org.opensms.sms.lco.internal.LcoRepository;
import org.opensms.sms.pairing.internal.PairingRepository;
import org.opensms.sms.persistence.SyncEvent;
import org.opensms.sms.persistence.TestDatabases;
import org.opensms.sms.shared.AddressInput;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.ConstraintViolation;
import org.opensms.sms.shared.ErrorCode;
import org.opensms.sms.shared.FieldError;
import org.opensms.sms.shared.Surface;
import org.opensms.sms.stock.DeviceState;
import org.opensms.sms.stock.DeviceType;
import org.opensms.sms.stock.ImportFormat;
import org.opensms.sms.stock.StockDevice;
import org.opensms.sms.stock.StockService;
import org.opensms.sms.stock.internal.StockRepository;
import org.opensms.sms.subscriber.SubscriberFilter;
import org.opensms.sms.subscriber.SubscriberRegistration;
import org.opensms.sms.subscriber.SubscriberService;
import org.opensms.sms.subscriber.SubscriberServiceForTests;
import org.opensms.sms.subscriber.SubscriberStatusChanged;

/**
 * Pairing on every supported database, through the real services (subscribers, LCOs, stock, pairing; the CAS
 * replaced by a recorder of the commands issued): pair, the subscriber's status reaching its cards through the
 * observer, one pair switched off, replace, unpair, blacklist, search by device, and the unique constraints that
 * keep one card per STB and one STB per card. Each test works on devices and subscribers of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PairingPersistenceContract {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T06:30:00Z"), ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();
    private EntityManagerFactory emf;
    private int next;

    protected abstract DataSource emptySchema() throws Exception;

    @BeforeAll
    void open() throws Exception {
        emf = TestDatabases.migrateAndOpen(emptySchema());
        inTx(s -> s.lcos.create(lco("LCO0001"), Surface.REST));
        inTx(s -> s.lcos.create(lco("LCO0002"), Surface.REST));
    }

    @AfterAll
    void close() {
        if (emf != null) {
            emf.close();
        }
    }

    private static LcoDetails lco(String code) {
        return new LcoDetails(code, "Cable " + code, new AddressInput("4 Old Airport Road", null, "Bengaluru", "KA", "560017"),
                "Ramesh K", "9845011111", "lco@example.in", null, "Bengaluru East", null);
    }

    /** The CAS as the service sees it: every command issued, as "KIND card [stb] customer". */
    static final class RecordingCas extends CasCommandService {
        final List<String> issued = new ArrayList<>();

        @Override
        public CommandId issue(CasCommand command, Surface via, String subscriber) {
            String stb = command instanceof org.opensms.cas.api.PairStb p ? " " + p.stb()
                    : command instanceof org.opensms.cas.api.UnpairStb u ? " " + u.stb() : "";
            issued.add(command.kind() + " " + ((CardCommand) command).card() + stb + " " + subscriber);
            return CommandId.of(java.util.UUID.randomUUID().toString());
        }

        final List<String> locked = new ArrayList<>();

        @Override
        public void lockExpected(java.util.Collection<String> cards) {
            locked.addAll(cards);
        }
    }

    /** The services wired to one entity manager, as the container would; status events reach pairing synchronously. */
    static final class Services {
        final LcoService lcos;
        final StockService stock;
        final SubscriberService subscribers;
        final PairingService pairing;
        final RecordingCas cas = new RecordingCas();
        final List<PairingChanged> changes = new ArrayList<>();

        final EntityManager em;

        Services(EntityManager em) {
            this.em = em;
            SessionContext session = (SessionContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {SessionContext.class}, (p, m, a) -> {
                        if (m.getName().equals("getCallerPrincipal")) {
                            return (Principal) () -> "tester";
                        }
                        throw new UnsupportedOperationException(m.getName());
                    });
            lcos = new LcoService(new LcoRepository(em), CLOCK, session);
            stock = new StockService(new StockRepository(em), lcos, CLOCK, session);
            PairingService[] holder = new PairingService[1];
            subscribers = SubscriberServiceForTests.create(em, CLOCK, "tester",
                    new SyncEvent<SubscriberStatusChanged>(e -> holder[0].onStatusChanged(e)));
            pairing = new PairingService(new PairingRepository(em), subscribers, stock, cas, CLOCK,
                    new SyncEvent<>(changes::add), session);
            holder[0] = pairing;
        }
    }

    /** Runs the work in one transaction and returns the CAS commands it issued. */
    private List<String> inTx(Consumer<Services> work) {
        List<String> issued = new ArrayList<>();
        TestDatabases.inTransaction(emf, em -> {
            Services s = new Services(em);
            work.accept(s);
            issued.addAll(s.cas.issued);
        });
        return issued;
    }

    private <T> T read(Function<Services, T> query) {
        return TestDatabases.read(emf, em -> query.apply(new Services(em)));
    }

    /** The customer IDs the subscriber list shows for the filter (its count agreeing). */
    private List<String> listedBy(SubscriberFilter filter) {
        return read(s -> {
            List<String> ids = s.subscribers.list(filter, org.opensms.sms.shared.PageRequest.first(50)).stream()
                    .map(x -> x.getCustomerId().value()).toList();
            assertThat(s.subscribers.count(filter)).isEqualTo(ids.size());
            return ids;
        });
    }

    private List<Pairing> pairs(String cid) {
        return read(s -> s.pairing.pairsOf(cid));
    }

    private List<Pairing> history(String cid) {
        return read(s -> s.pairing.historyOf(cid));
    }

    private List<Pairing> deviceHistory(DeviceType type, String serial) {
        return read(s -> s.pairing.historyOfDevice(type, serial));
    }

    private java.util.Optional<PairedSubscriber> byStb(String serial) {
        return read(s -> s.pairing.findByStb(serial));
    }

    private java.util.Optional<PairedSubscriber> byCard(String number) {
        return read(s -> s.pairing.findByCard(number));
    }

    private List<org.opensms.sms.stock.DeviceMovement> movements(DeviceType type, String serial) {
        return read(s -> s.stock.history(type, serial));
    }

    private DeviceState state(DeviceType type, String serial) {
        return read(s -> s.stock.get(type, serial).getState());
    }

    private String lcoOf(DeviceType type, String serial) {
        return read(s -> s.stock.get(type, serial).getLcoCode());
    }

    /** Imports n STBs (P-S1..) and n cards (P-C1..) and allocates them to the LCO (or leaves them IN_STOCK for null). */
    private String devices(int n, String lco) {
        String p = "T" + (++next) + Long.toString(RANDOM.nextLong() & 0xffffffL, 36).toUpperCase(Locale.ROOT);
        StringBuilder stbs = new StringBuilder("vendor,model,serial,lot,warehouse\n");
        StringBuilder cards = new StringBuilder("vendor,number,lot,warehouse\n");
        List<String> s = new ArrayList<>();
        List<String> c = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            stbs.append("Skyworth,HD-100,").append(p).append("-S").append(i).append(",L1,BLR\n");
            cards.append("Nagra,").append(p).append("-C").append(i).append(",L1,BLR\n");
            s.add(p + "-S" + i);
            c.add(p + "-C" + i);
        }
        inTx(x -> {
            x.stock.importShipment(DeviceType.STB, ImportFormat.CSV, csv(stbs.toString()), Surface.REST);
            x.stock.importShipment(DeviceType.CARD, ImportFormat.CSV, csv(cards.toString()), Surface.REST);
            if (lco != null) {
                x.stock.allocate(DeviceType.STB, s, lco, null, Surface.REST);
                x.stock.allocate(DeviceType.CARD, c, lco, null, Surface.REST);
            }
        });
        return p;
    }

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private String subscriber(String lco) {
        String mobile = "7" + String.format("%09d", RANDOM.nextInt(1_000_000_000));
        String[] id = new String[1];
        inTx(s -> id[0] = s.subscribers.register(new SubscriberRegistration("Lakshmi Rao", mobile, null, null,
                new AddressInput("5 MG Road", null, "Bengaluru", "KA", "560001"), null, null, "Indiranagar", lco,
                "CAF-" + mobile, "2026-11-20"), Surface.REST).getCustomerId().value());
        return id[0];
    }

    private String activeSubscriber(String lco) {
        String id = subscriber(lco);
        inTx(s -> s.subscribers.activate(id, null, Surface.REST));
        return id;
    }

    private BusinessException refused(Consumer<Services> work) {
        List<String> issued = new ArrayList<>();
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> TestDatabases.inTransaction(emf, em -> {
            Services s = new Services(em);
            try {
                work.accept(s);
            } finally {
                issued.addAll(s.cas.issued);
            }
        }));
        assertThat(t).isInstanceOf(BusinessException.class);
        assertThat(issued).as("no CAS command before a refusal").isEmpty();
        return (BusinessException) t;
    }

    @Test
    void pairingAtAnActiveSubscriberInstallsBothDevicesAndActivatesTheCard() {
        String p = devices(1, "LCO0001");
        String cid = activeSubscriber("LCO0001");
        List<String> cas = inTx(s -> s.pairing.pair(cid, (p + "-s1").toLowerCase(Locale.ROOT), p + "-C1", "new connection", Surface.REST));
        assertThat(cas).containsExactly("PAIR_STB " + p + "-C1 " + p + "-S1 " + cid, "ACTIVATE_CARD " + p + "-C1 " + cid);
        assertThat(state(DeviceType.STB, p + "-S1")).isEqualTo(DeviceState.INSTALLED);
        assertThat(state(DeviceType.CARD, p + "-C1")).isEqualTo(DeviceState.INSTALLED);
        Pairing pair = pairs(cid).get(0);
        assertThat(pair.getStbSerial()).isEqualTo(p + "-S1");
        assertThat(pair.getCardNumber()).isEqualTo(p + "-C1");
        assertThat(pair.getActivation()).isEqualTo(DeviceActivation.ACTIVE);
        assertThat(pair.isCurrent()).isTrue();
        assertThat(pair.getPairedBy()).isEqualTo("tester");
        assertThat(pair.getPairedVia()).isEqualTo(Surface.REST);
        assertThat(pair.getPairedAt()).isEqualTo(CLOCK.instant());
        assertThat(pair.getPairReason()).isEqualTo("new connection");
        assertThat(movements(DeviceType.STB, p + "-S1")).last()
                .satisfies(m -> assertThat(m.getReason()).isEqualTo("paired with smart card " + p + "-C1 at subscriber " + cid));

        PairedSubscriber byStb = byStb(" " + (p + "-s1").toLowerCase(Locale.ROOT)).orElseThrow();
        assertThat(byStb.subscriber().getCustomerId().value()).isEqualTo(cid);
        assertThat(byStb.lcoCode()).isEqualTo("LCO0001");
        assertThat(byCard(p + "-C1").orElseThrow().pairing().getStbSerial()).isEqualTo(p + "-S1");
        assertThat(byCard("NO-SUCH-CARD")).isEmpty();
        assertThat(read(s -> s.pairing.findByDevice(null, p + "-c1")).subscriber().getCustomerId().value()).isEqualTo(cid);
        assertThat(refused(s -> s.pairing.findByDevice(p + "-S1", p + "-C1")).code()).isEqualTo(ErrorCode.INVALID_INPUT);
        assertThat(refused(s -> s.pairing.findByDevice(" ", null)).code()).isEqualTo(ErrorCode.INVALID_INPUT);
        assertThat(refused(s -> s.pairing.findByDevice("NO-SUCH-BOX", null)).getMessage())
                .isEqualTo("set-top box NO-SUCH-BOX is in no current pair");
    }

    @Test
    void theSubscribersStatusReachesItsCardsAndDeactivationUnpairs() {
        String p = devices(2, "LCO0001");
        String cid = subscriber("LCO0001");
        List<String> paired = inTx(s -> s.pairing.pair(cid, p + "-S1", p + "-C1", null, Surface.CONSOLE));
        assertThat(paired).as("a registered subscriber's card is paired, not activated")
                .containsExactly("PAIR_STB " + p + "-C1 " + p + "-S1 " + cid);
        assertThat(inTx(s -> s.subscribers.activate(cid, null, Surface.REST))).containsExactly("ACTIVATE_CARD " + p + "-C1 " + cid);
        assertThat(inTx(s -> s.subscribers.suspend(cid, "non-payment", Surface.REST))).containsExactly("DEACTIVATE_CARD " + p + "-C1 " + cid);
        assertThat(inTx(s -> s.subscribers.resume(cid, null, Surface.REST))).containsExactly("ACTIVATE_CARD " + p + "-C1 " + cid);
        assertThat(inTx(s -> s.subscribers.deactivate(cid, "moved away", Surface.SOAP))).containsExactly(
                "UNPAIR_STB " + p + "-C1 " + p + "-S1 " + cid, "DEACTIVATE_CARD " + p + "-C1 " + cid,
                "CANCEL_ALL_ENTITLEMENTS " + p + "-C1 " + cid);
        assertThat(pairs(cid)).isEmpty();
        Pairing ended = history(cid).get(0);
        assertThat(ended.isCurrent()).isFalse();
        assertThat(ended.getUnpairReason()).isEqualTo("subscriber deactivated: moved away");
        assertThat(ended.getUnpairedVia()).isEqualTo(Surface.SOAP);
        assertThat(ended.getUnpairedAt()).isEqualTo(CLOCK.instant());
        // the devices stay at the LCO, DEACTIVATED, and may be paired again at another of its subscribers
        assertThat(state(DeviceType.STB, p + "-S1")).isEqualTo(DeviceState.DEACTIVATED);
        assertThat(lcoOf(DeviceType.CARD, p + "-C1")).isEqualTo("LCO0001");
        assertThat(byStb(p + "-S1")).isEmpty();
        assertThat(listedBy(SubscriberFilter.ALL.withStb(p + "-S1"))).as("the subscriber list's STB filter").isEmpty();
        assertThat(deviceHistory(DeviceType.STB, p + "-S1")).hasSize(1);
        String other = activeSubscriber("LCO0001");
        inTx(s -> s.pairing.pair(other, p + "-S1", p + "-C1", "returning box", Surface.REST));
        assertThat(listedBy(SubscriberFilter.ALL.withStb(p + "-S1"))).containsExactly(other);
        assertThat(listedBy(SubscriberFilter.ALL.withCard((p + "-c1").toLowerCase(Locale.ROOT)).withLco("LCO0001")))
                .containsExactly(other);
        assertThat(state(DeviceType.CARD, p + "-C1")).isEqualTo(DeviceState.INSTALLED);
        assertThat(deviceHistory(DeviceType.CARD, p + "-C1")).extracting(Pairing::getCustomerId)
                .containsExactly(other, cid);
        // a deactivated subscriber gets no devices
        BusinessException e = refused(s -> s.pairing.pair(cid, p + "-S2", p + "-C2", null, Surface.REST));
        assertThat(e.getMessage()).contains("is DEACTIVATED");
    }

    @Test
    void pairingRulesAreEnforcedAndARefusalChangesNothing() {
        String a = devices(3, "LCO0001");
        String b = devices(1, "LCO0002");
        String c = devices(1, null);
        String cid = activeSubscriber("LCO0001");
        inTx(s -> s.pairing.pair(cid, a + "-S1", a + "-C1", null, Surface.REST));
        // one STB per card, one card per STB
        BusinessException taken = refused(s -> s.pairing.pair(cid, a + "-S2", a + "-C1", null, Surface.REST));
        assertThat(taken.code()).isEqualTo(ErrorCode.CONFLICT);
        assertThat(taken.fieldErrors()).extracting(FieldError::field).containsExactly("card");
        assertThat(taken.getMessage()).contains("smart card " + a + "-C1 is already paired with set-top box " + a + "-S1 at subscriber " + cid);
        assertThat(refused(s -> s.pairing.pair(cid, a + "-S1", a + "-C2", null, Surface.REST)).getMessage())
                .contains("set-top box " + a + "-S1 is already paired");
        // another LCO's device, a device still in the warehouse
        assertThat(refused(s -> s.pairing.pair(cid, b + "-S1", a + "-C2", null, Surface.REST)).getMessage())
                .contains("set-top box " + b + "-S1 is ALLOCATED at LCO LCO0002 but subscriber " + cid + " belongs to LCO LCO0001");
        assertThat(refused(s -> s.pairing.pair(cid, a + "-S2", c + "-C1", null, Surface.REST)).getMessage())
                .contains("smart card " + c + "-C1 is IN_STOCK", "allocate it to LCO LCO0001 first");
        // a faulty device
        inTx(s -> s.stock.markFaulty(DeviceType.STB, List.of(a + "-S3"), "dead on arrival", Surface.REST));
        assertThat(refused(s -> s.pairing.pair(cid, a + "-S3", a + "-C3", null, Surface.REST)).getMessage())
                .contains("set-top box " + a + "-S3 is FAULTY");
        // unknown devices and missing fields are bad input, named by field
        BusinessException unknown = refused(s -> s.pairing.pair(cid, "NOPE-1", null, null, Surface.REST));
        assertThat(unknown.code()).isEqualTo(ErrorCode.INVALID_INPUT);
        assertThat(unknown.fieldErrors()).extracting(FieldError::field).containsExactly("card");
        BusinessException unknown2 = refused(s -> s.pairing.pair(cid, "NOPE-1", "NOPE-2", null, Surface.REST));
        assertThat(unknown2.fieldErrors()).extracting(FieldError::field).containsExactly("stb", "card");
        // a subscriber without LCO
        String noLco = activeSubscriber(null);
        assertThat(refused(s -> s.pairing.pair(noLco, a + "-S2", a + "-C2", null, Surface.REST)).getMessage()).contains("has no LCO");
        assertThat(refused(s -> s.pairing.pair("SMS99999999", a + "-S2", a + "-C2", null, Surface.REST)).code())
                .isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(state(DeviceType.STB, a + "-S2")).isEqualTo(DeviceState.ALLOCATED);
        assertThat(state(DeviceType.CARD, a + "-C2")).isEqualTo(DeviceState.ALLOCATED);
        assertThat(pairs(cid)).hasSize(1);
    }

    @Test
    void multiTvHomesSwitchOnePairOffAndTheSubscribersStatusSparesIt() {
        String p = devices(2, "LCO0001");
        String cid = activeSubscriber("LCO0001");
        inTx(s -> {
            s.pairing.pair(cid, p + "-S1", p + "-C1", "living room", Surface.REST);
            s.pairing.pair(cid, p + "-S2", p + "-C2", "bedroom", Surface.REST);
        });
        assertThat(pairs(cid)).extracting(Pairing::getStbSerial).containsExactly(p + "-S1", p + "-S2");
        assertThat(inTx(s -> s.pairing.deactivateDevice(cid, p + "-S2", "second TV off", Surface.CONSOLE)))
                .containsExactly("DEACTIVATE_CARD " + p + "-C2 " + cid);
        assertThat(state(DeviceType.STB, p + "-S2")).isEqualTo(DeviceState.DEACTIVATED);
        assertThat(state(DeviceType.CARD, p + "-C2")).isEqualTo(DeviceState.DEACTIVATED);
        assertThat(state(DeviceType.STB, p + "-S1")).isEqualTo(DeviceState.INSTALLED);
        assertThat(refused(s -> s.pairing.deactivateDevice(cid, p + "-S2", null, Surface.REST)).getMessage())
                .contains("is already INACTIVE");
        assertThat(inTx(s -> s.subscribers.suspend(cid, null, Surface.REST))).containsExactly("DEACTIVATE_CARD " + p + "-C1 " + cid);
        assertThat(inTx(s -> s.pairing.activateDevice(cid, p + "-S2", null, Surface.REST)))
                .as("a suspended subscriber's card stays off in the CAS").isEmpty();
        assertThat(state(DeviceType.CARD, p + "-C2")).isEqualTo(DeviceState.INSTALLED);
        assertThat(inTx(s -> s.subscribers.resume(cid, null, Surface.REST)))
                .containsExactly("ACTIVATE_CARD " + p + "-C1 " + cid, "ACTIVATE_CARD " + p + "-C2 " + cid);
        Pairing second = pairs(cid).get(1);
        assertThat(second.getActivation()).isEqualTo(DeviceActivation.ACTIVE);
        // a pair is named by an STB paired at that subscriber
        String other = activeSubscriber("LCO0001");
        assertThat(refused(s -> s.pairing.unpair(other, p + "-S1", null, Surface.REST)).getMessage())
                .contains("set-top box " + p + "-S1 is not paired at subscriber " + other + " (it is paired at subscriber " + cid + ")");
    }

    @Test
    void aBatchLocksManySubscribersPairsAndCardsAheadAndTheirStatusChangesIssueTheSameCommands() {
        String p = devices(3, "LCO0001");
        String a = activeSubscriber("LCO0001");
        String b = activeSubscriber("LCO0001");
        String none = activeSubscriber("LCO0001");
        inTx(s -> {
            s.pairing.pair(a, p + "-S1", p + "-C1", "living room", Surface.REST);
            s.pairing.pair(b, p + "-S3", p + "-C3", null, Surface.REST);
            s.pairing.pair(a, p + "-S2", p + "-C2", "bedroom", Surface.REST);
        });
        List<String> issued = inTx(s -> {
            long idA = s.subscribers.getByCustomerId(a).getId();
            long idB = s.subscribers.getByCustomerId(b).getId();
            long idNone = s.subscribers.getByCustomerId(none).getId();
            java.util.Map<Long, List<Pairing>> ahead = new PairingRepository(s.em).currentOfLockedAll(List.of(idNone, idB, idA));
            assertThat(ahead.keySet()).as("a subscriber without pairs is absent").containsExactlyInAnyOrder(idA, idB);
            assertThat(ahead.get(idA)).as("oldest first").extracting(Pairing::getStbSerial).containsExactly(p + "-S1", p + "-S2");

            org.opensms.sms.pairing.internal.LockedPairs locked = new org.opensms.sms.pairing.internal.LockedPairs();
            s.pairing.lockedPairs = locked;
            s.pairing.onStatusBatch(new org.opensms.sms.subscriber.SubscriberStatusBatch(List.of(idA, idB, idNone)));
            assertThat(s.cas.locked).as("the cards' expected state locked ahead")
                    .containsExactlyInAnyOrder(p + "-C1", p + "-C2", p + "-C3");
            s.subscribers.suspend(a, "bulk", Surface.REST);
            s.subscribers.suspend(b, "bulk", Surface.REST);
            s.subscribers.suspend(none, "bulk", Surface.REST);
            assertThat(locked.take(idA)).as("each subscriber's pairs are handed out once").isEmpty();
            assertThat(locked.take(idNone)).isEmpty();
        });
        assertThat(issued).containsExactly("DEACTIVATE_CARD " + p + "-C1 " + a, "DEACTIVATE_CARD " + p + "-C2 " + a,
                "DEACTIVATE_CARD " + p + "-C3 " + b);
    }

    @Test
    void replacingAFaultyBoxKeepsTheCustomerAndTheCard() {
        String p = devices(3, "LCO0001");
        String cid = activeSubscriber("LCO0001");
        inTx(s -> s.pairing.pair(cid, p + "-S1", p + "-C1", null, Surface.REST));
        inTx(s -> s.stock.blacklist(DeviceType.STB, List.of(p + "-S3"), "cloned", Surface.REST));
        assertThat(refused(s -> s.pairing.replace(cid, DeviceType.STB, p + "-S1", p + "-S3", "no signal", Surface.REST))
                .getMessage()).contains("set-top box " + p + "-S3 is BLACKLISTED");
        assertThat(refused(s -> s.pairing.replace(cid, DeviceType.STB, p + "-S1", p + "-S2", null, Surface.REST)).code())
                .isEqualTo(ErrorCode.INVALID_INPUT);
        List<String> cas = inTx(s -> s.pairing.replace(cid, DeviceType.STB, p + "-S1", p + "-S2", "no signal", Surface.REST));
        assertThat(cas).containsExactly("UNPAIR_STB " + p + "-C1 " + p + "-S1 " + cid, "PAIR_STB " + p + "-C1 " + p + "-S2 " + cid,
                "ACTIVATE_CARD " + p + "-C1 " + cid);
        assertThat(state(DeviceType.STB, p + "-S1")).isEqualTo(DeviceState.FAULTY);
        assertThat(state(DeviceType.STB, p + "-S2")).isEqualTo(DeviceState.INSTALLED);
        assertThat(state(DeviceType.CARD, p + "-C1")).isEqualTo(DeviceState.INSTALLED);
        List<Pairing> history = history(cid);
        assertThat(history).hasSize(2);
        Pairing now = pairs(cid).get(0);
        Pairing before = history.stream().filter(x -> !x.isCurrent()).findFirst().orElseThrow();
        assertThat(now.getStbSerial()).isEqualTo(p + "-S2");
        assertThat(now.getCardNumber()).isEqualTo(p + "-C1");
        assertThat(now.getReplacesId()).isEqualTo(before.getId());
        assertThat(before.getUnpairReason()).isEqualTo("replaced: faulty set-top box " + p + "-S1 by " + p + "-S2: no signal");
    }

    @Test
    void replacingAFaultyCardOfASwitchedOffPairKeepsItOff() {
        String p = devices(2, "LCO0001");
        String cid = activeSubscriber("LCO0001");
        inTx(s -> s.pairing.pair(cid, p + "-S1", p + "-C1", null, Surface.REST));
        List<String> cas = inTx(s -> s.pairing.replace(cid, DeviceType.CARD, p + "-C1", p + "-C2", "card unreadable", Surface.REST));
        assertThat(cas).containsExactly("UNPAIR_STB " + p + "-C1 " + p + "-S1 " + cid, "PAIR_STB " + p + "-C2 " + p + "-S1 " + cid,
                "ACTIVATE_CARD " + p + "-C2 " + cid, "DEACTIVATE_CARD " + p + "-C1 " + cid, "CANCEL_ALL_ENTITLEMENTS " + p + "-C1 " + cid);
        assertThat(state(DeviceType.CARD, p + "-C1")).isEqualTo(DeviceState.FAULTY);
        String q = devices(2, "LCO0001");
        inTx(s -> {
            s.pairing.pair(cid, q + "-S1", q + "-C1", null, Surface.REST);
            s.pairing.deactivateDevice(cid, q + "-S1", null, Surface.REST);
        });
        List<String> off = inTx(s -> s.pairing.replace(cid, DeviceType.CARD, q + "-C1", q + "-C2", "broken", Surface.REST));
        assertThat(off).doesNotContain("ACTIVATE_CARD " + q + "-C2 " + cid);
        assertThat(state(DeviceType.CARD, q + "-C2")).isEqualTo(DeviceState.DEACTIVATED);
        assertThat(byCard(q + "-C2").orElseThrow().pairing().getActivation())
                .isEqualTo(DeviceActivation.INACTIVE);
    }

    @Test
    void unpairReturnsBothDevicesToTheLcoDeactivated() {
        String p = devices(1, "LCO0001");
        String cid = activeSubscriber("LCO0001");
        inTx(s -> s.pairing.pair(cid, p + "-S1", p + "-C1", null, Surface.REST));
        List<String> cas = inTx(s -> s.pairing.unpair(cid, p + "-S1", "customer returned the box", Surface.REST));
        assertThat(cas).containsExactly("UNPAIR_STB " + p + "-C1 " + p + "-S1 " + cid, "DEACTIVATE_CARD " + p + "-C1 " + cid,
                "CANCEL_ALL_ENTITLEMENTS " + p + "-C1 " + cid);
        assertThat(state(DeviceType.STB, p + "-S1")).isEqualTo(DeviceState.DEACTIVATED);
        assertThat(state(DeviceType.CARD, p + "-C1")).isEqualTo(DeviceState.DEACTIVATED);
        assertThat(lcoOf(DeviceType.STB, p + "-S1")).isEqualTo("LCO0001");
        assertThat(refused(s -> s.pairing.unpair(cid, p + "-S1", null, Surface.REST)).getMessage())
                .contains("is not paired at subscriber " + cid + " (it is DEACTIVATED, in no pair)");
        assertThat(history(cid).get(0).getUnpairReason()).isEqualTo("customer returned the box");
    }

    @Test
    void blacklistingUnpairsFirstAndABlacklistedCardIsNeverReused() {
        String p = devices(3, "LCO0001");
        String cid = activeSubscriber("LCO0001");
        inTx(s -> s.pairing.pair(cid, p + "-S1", p + "-C1", null, Surface.REST));
        BlacklistResult[] r = new BlacklistResult[1];
        List<String> cas = inTx(s -> r[0] = s.pairing.blacklist(DeviceType.CARD, List.of(p + "-c1", p + "-C3"), "cloned", Surface.REST));
        assertThat(r[0].serials()).containsExactly(p + "-C1", p + "-C3");
        assertThat(r[0].unpaired()).containsExactly(java.util.Map.entry(p + "-C1", cid));
        assertThat(cas).containsExactly("UNPAIR_STB " + p + "-C1 " + p + "-S1 " + cid, "DEACTIVATE_CARD " + p + "-C1 " + cid,
                "CANCEL_ALL_ENTITLEMENTS " + p + "-C1 " + cid, "BLACKLIST_CARD " + p + "-C1 " + cid, "BLACKLIST_CARD " + p + "-C3 null");
        assertThat(state(DeviceType.CARD, p + "-C1")).isEqualTo(DeviceState.BLACKLISTED);
        assertThat(state(DeviceType.STB, p + "-S1")).isEqualTo(DeviceState.DEACTIVATED);
        assertThat(pairs(cid)).isEmpty();
        // reusing the blacklisted card is refused, with its state and the rule
        BusinessException reuse = refused(s -> s.pairing.pair(cid, p + "-S1", p + "-C1", null, Surface.REST));
        assertThat(reuse.code()).isEqualTo(ErrorCode.CONFLICT);
        assertThat(reuse.getMessage()).isEqualTo("smart card " + p + "-C1 is BLACKLISTED: a blacklisted device can never be paired or redeployed");
        assertThat(refused(s -> s.pairing.replace(cid, DeviceType.CARD, p + "-C2", p + "-C1", "x", Surface.REST)).code())
                .isEqualTo(ErrorCode.CONFLICT);
        // bulk: all or nothing
        BusinessException bulk = refused(s -> s.pairing.blacklist(DeviceType.STB, List.of(p + "-S2", "NOPE-9"), null, Surface.REST));
        assertThat(bulk.code()).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(state(DeviceType.STB, p + "-S2")).isEqualTo(DeviceState.ALLOCATED);
        // a blacklisted STB: its pair ends, its card is deactivated; no STB blacklist command exists in the CAS
        inTx(s -> s.pairing.pair(cid, p + "-S2", p + "-C2", null, Surface.REST));
        assertThat(inTx(s -> s.pairing.blacklist(DeviceType.STB, List.of(p + "-S2"), "stolen", Surface.REST))).containsExactly(
                "UNPAIR_STB " + p + "-C2 " + p + "-S2 " + cid, "DEACTIVATE_CARD " + p + "-C2 " + cid,
                "CANCEL_ALL_ENTITLEMENTS " + p + "-C2 " + cid);
        assertThat(state(DeviceType.CARD, p + "-C2")).isEqualTo(DeviceState.DEACTIVATED);
        assertThat(refused(s -> s.pairing.pair(cid, p + "-S2", p + "-C2", null, Surface.REST)).getMessage())
                .contains("set-top box " + p + "-S2 is BLACKLISTED");
    }

    @Test
    void stockMovesByNameRefusePairedDevicesAndBlacklistThroughPairing() {
        String p = devices(2, "LCO0001");
        String cid = activeSubscriber("LCO0001");
        inTx(s -> s.pairing.pair(cid, p + "-S1", p + "-C1", null, Surface.SOAP));
        // a paired device leaves its subscriber only through pairing: the move is refused and nothing moves
        BusinessException paired = refused(s -> s.pairing.moveStock(DeviceType.STB, List.of(p + "-S2", p + "-s1"), "return", null,
                null, Surface.SOAP));
        assertThat(paired.code()).isEqualTo(ErrorCode.CONFLICT);
        assertThat(paired.getMessage()).contains("set-top box " + p + "-S1 is paired to subscriber " + cid);
        assertThat(state(DeviceType.STB, p + "-S2")).isEqualTo(DeviceState.ALLOCATED);
        assertThat(refused(s -> s.pairing.moveStock(DeviceType.STB, List.of(p + "-S2"), "sell", null, null, Surface.SOAP))
                .fieldErrors()).extracting(FieldError::field).containsExactly("action");
        assertThat(refused(s -> s.pairing.moveStock(DeviceType.STB, List.of(p + "-S2"), "return", "LCO0002", null, Surface.SOAP))
                .fieldErrors()).extracting(FieldError::field).containsExactly("lco");

        List<StockDevice> moved = new ArrayList<>();
        inTx(s -> moved.addAll(s.pairing.moveStock(DeviceType.STB, List.of(p + "-s2"), "return", null, "spare", Surface.SOAP)));
        assertThat(moved).extracting(StockDevice::getState).containsExactly(DeviceState.IN_STOCK);
        inTx(s -> s.pairing.moveStock(DeviceType.STB, List.of(p + "-S2"), "allocate", "LCO0002", null, Surface.SOAP));
        assertThat(lcoOf(DeviceType.STB, p + "-S2")).isEqualTo("LCO0002");

        // blacklisting by name goes through pairing: the pair ends and the card is blacklisted in the CAS
        List<String> cas = inTx(s -> s.pairing.moveStock(DeviceType.CARD, List.of(p + "-C1"), "blacklist", null, "cloned",
                Surface.SOAP));
        assertThat(cas).contains("BLACKLIST_CARD " + p + "-C1 " + cid);
        assertThat(pairs(cid)).isEmpty();
        assertThat(state(DeviceType.CARD, p + "-C1")).isEqualTo(DeviceState.BLACKLISTED);
    }

    @Test
    void theSingleSearchBoxFindsBySerialCardMobileCustomerIdOrName() {
        String p = devices(1, "LCO0001");
        String cid = activeSubscriber("LCO0001");
        inTx(s -> s.pairing.pair(cid, p + "-S1", p + "-C1", null, Surface.REST));
        String mobile = read(s -> s.subscribers.getByCustomerId(cid).getMobile().digits());
        assertThat(searched(p + "-s1")).containsExactly("STB", cid);
        assertThat(searched(p + "-C1")).containsExactly("CARD", cid);
        assertThat(searched("+91 " + mobile)).containsExactly("MOBILE", cid);
        assertThat(searched(cid.toLowerCase(Locale.ROOT))).containsExactly("CUSTOMER_ID", cid);
        assertThat(searched(p + "-S9")).containsExactly("STB");
        List<String> byName = searched("lakshmi r");
        assertThat(byName.get(0)).isEqualTo("NAME");
        assertThat(byName).contains(cid);
    }

    /** What the search text was read as, then the customer IDs it lists (at most 50). */
    private List<String> searched(String text) {
        return read(s -> {
            var reading = s.subscribers.search(text);
            List<String> out = new ArrayList<>();
            out.add(reading.by().name());
            s.subscribers.list(reading.filter(), org.opensms.sms.shared.PageRequest.first(50))
                    .forEach(x -> out.add(x.getCustomerId().value()));
            return out;
        });
    }

    @Test
    void theDatabaseKeepsOneCardPerStbAndOneStbPerCardAmongCurrentPairs() {
        String p = devices(2, "LCO0001");
        String cid = activeSubscriber("LCO0001");
        inTx(s -> s.pairing.pair(cid, p + "-S1", p + "-C1", null, Surface.REST));
        Long subscriberId = read(s -> s.subscribers.getByCustomerId(cid).getId());
        assertThatThrownBy(() -> TestDatabases.inTransaction(emf, em -> {
            em.persist(new Pairing(subscriberId, cid, p + "-S2", p + "-C1", DeviceActivation.ACTIVE, null, null, CLOCK.instant(),
                    "x", Surface.REST));
            em.flush();
        })).isInstanceOfSatisfying(PersistenceException.class, e ->
                assertThat(ConstraintViolation.names(e, "uk_pairing_current_card")).isTrue());
        // ended pairs do not count
        inTx(s -> s.pairing.unpair(cid, p + "-S1", null, Surface.REST));
        TestDatabases.inTransaction(emf, em -> {
            em.persist(new Pairing(subscriberId, cid, p + "-S2", p + "-C1", DeviceActivation.ACTIVE, null, null, CLOCK.instant(),
                    "x", Surface.REST));
            em.flush();
        });
        StockDevice d = read(s -> s.stock.get(DeviceType.CARD, p + "-C1"));
        assertThat(d.getSerial()).isEqualTo(p + "-C1");
    }
}
