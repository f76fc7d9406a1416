package org.opensms.sms.subscriber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opensms.sms.shared.AddressInput;
import org.opensms.sms.shared.ConstraintViolation;
import org.opensms.sms.shared.IndianState;
import org.opensms.sms.persistence.TestDatabases;
import org.opensms.sms.shared.PageRequest;
import org.opensms.sms.shared.Surface;
import org.opensms.sms.subscriber.internal.LcoLookup;
import org.opensms.sms.subscriber.internal.SubscriberRepository;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.ErrorCode;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.concurrent.CompletionStage;

/**
 * The persistence behaviour every supported database must show: the vendor's migrations apply to an
 * empty schema, the mapping matches them, and subscriber lists page, sort and filter in the database.
 * Each vendor's test supplies a data source to an empty schema.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SubscriberPersistenceContract {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final String[][] PEOPLE = {
            {"Ravi Kumar", "9845000001", "Bengaluru", "KA"},
            {"Anita Sharma", "9845000002", "Delhi", "DL"},
            {"ravindra Patil", "9845000003", "Pune", "MH"},
            {"Meena 100% Iyer", "9845000004", "Chennai", "TN"},
            {"Arjun Das", "9845000005", "Kolkata", "WB"},
            {"Ravi Shankar", "9845000006", "Bengaluru", "KA"}};

    private EntityManagerFactory emf;
    private DataSource dataSource;
    /** Status events the service fired, in order, across the tests of this class. */
    private final List<SubscriberStatusChanged> events = java.util.Collections.synchronizedList(new ArrayList<>());
    private static final SecureRandom RANDOM = new SecureRandom();

    protected abstract DataSource emptySchema() throws Exception;

    @BeforeAll
    void migrateAndOpen() throws Exception {
        dataSource = emptySchema();
        emf = TestDatabases.migrateAndOpen(dataSource);
        inTransaction(em -> {
            SubscriberService service = service(em, "tester");
            for (String[] p : PEOPLE) {
                service.register(new SubscriberRegistration(p[0], p[1], null, null,
                        new AddressInput("1 Main Road", null, p[2], p[3], "560001"), null), Surface.SYSTEM);
            }
        });
    }

    @AfterAll
    void close() {
        if (emf != null) {
            emf.close();
        }
    }

    private void inTransaction(Consumer<EntityManager> work) {
        TestDatabases.inTransaction(emf, work);
    }

    private <T> T read(java.util.function.Function<SubscriberRepository, T> query) {
        return TestDatabases.read(emf, em -> query.apply(new SubscriberRepository(em)));
    }

    private List<Subscriber> list(SubscriberFilter filter, PageRequest page) {
        return read(r -> r.list(filter, page));
    }

    private long count(SubscriberFilter filter) {
        return read(r -> r.count(filter));
    }

    /** The seeded people (other tests add subscribers in Agra, UP, with mobiles starting with 7). */
    private static final SubscriberFilter SEEDED = new SubscriberFilter(null, null, "98450000", null, null, null);

    @Test
    void customerIdsComeFromTheSequenceAndAreUnique() {
        List<Subscriber> all = list(SEEDED, PageRequest.first(100));
        assertThat(all).hasSize(PEOPLE.length);
        assertThat(all).extracting(s -> s.getCustomerId().value()).doesNotHaveDuplicates().allMatch(id -> id.matches("SMS\\d{8}"));
        assertThat(all.get(0).getStatus()).isEqualTo(SubscriberStatus.REGISTERED);
        assertThat(all.get(0).getRegisteredAt()).isEqualTo(NOW);
    }

    @Test
    void nameFilterIsAPrefixWithoutRegardToCase() {
        List<Subscriber> ravis = list(new SubscriberFilter(null, "ravi", null, null, null, null),
                new PageRequest(0, 10, "name", true));
        assertThat(ravis).extracting(Subscriber::getName).containsExactly("Ravi Kumar", "Ravi Shankar", "ravindra Patil");
    }

    @Test
    void likeWildcardsInFiltersAreTakenLiterally() {
        assertThat(count(new SubscriberFilter(null, "Meena 100%", null, null, null, null))).isEqualTo(1);
        assertThat(count(new SubscriberFilter(null, "%", null, null, null, null))).isZero();
        assertThat(count(new SubscriberFilter(null, "_avi", null, null, null, null))).isZero();
    }

    @Test
    void aQuoteInASearchIsTakenLiterally() {
        // on PostgreSQL the searches go with their values written into the SQL (PlannedWithValues): a quote stays a quote
        register(agra("Rose D'Souza", null, null, null));
        SubscriberFilter rose = new SubscriberFilter(null, "rose d'", null, null, null, null);
        assertThat(list(rose, PageRequest.first(10))).extracting(Subscriber::getName).containsExactly("Rose D'Souza");
        assertThat(count(rose)).isEqualTo(1);
        assertThat(count(new SubscriberFilter(null, "x' or '1'='1", null, null, null, null))).isZero();
        assertThat(count(new SubscriberFilter(null, "rose d'';--", null, null, null, null))).isZero();
        assertThat(count(SEEDED)).isEqualTo(PEOPLE.length);
    }

    @Test
    void filtersCombineAndCountMatchesTheList() {
        SubscriberFilter blr = new SubscriberFilter(null, null, null, "Beng", IndianState.KA, SubscriberStatus.REGISTERED);
        assertThat(count(blr)).isEqualTo(2);
        assertThat(list(blr, PageRequest.first(10))).extracting(Subscriber::getName)
                .containsExactlyInAnyOrder("Ravi Kumar", "Ravi Shankar");
        assertThat(count(new SubscriberFilter(null, null, "98450000", null, null, null))).isEqualTo(6);
        assertThat(count(new SubscriberFilter(null, null, null, null, IndianState.DL, null))).isEqualTo(1);
    }

    @Test
    void pagesAreCutInTheDatabaseInSortOrder() {
        List<String> byCityDesc = list(SubscriberFilter.ALL, new PageRequest(1, 2, "city", false))
                .stream().map(s -> s.getBillingAddress().getCity()).toList();
        assertThat(byCityDesc).containsExactly("Kolkata", "Delhi");
    }

    @Test
    void theDatabaseRefusesASecondSubscriberWithTheSameMobile() {
        Subscriber twin = new SubscriberRegistration("Twin", "9845000001", null, null,
                new AddressInput("2 Main Road", null, "Mysuru", "KA", "570001"), null, "TWIN-1", null, null, null, null)
                .toSubscriber(NOW, "tester", Surface.SYSTEM);
        assertThatThrownBy(() -> inTransaction(em -> {
            new SubscriberRepository(em).add(twin);
            twin.assignCustomerId(new CustomerIdScheme("TWIN%08d").forNumber(twin.getId()));
            em.flush();
        })).isInstanceOfSatisfying(PersistenceException.class,
                e -> assertThat(ConstraintViolation.names(e, "uk_subscriber_mobile")).isTrue());
        assertThat(count(SEEDED)).isEqualTo(PEOPLE.length);
    }

    // ---- the full record, its history and its life cycle (issue 4) ----

    /** The service as the container would run it, on this entity manager, with a fixed clock and a named caller. */
    private SubscriberService service(EntityManager em, String caller) {
        SubscriberService service = new SubscriberService() {
            @Override
            String caller() {
                return caller;
            }
        };
        service.repository = new SubscriberRepository(em);
        service.customerIds = new CustomerIdScheme(CustomerIdScheme.DEFAULT_FORMAT);
        service.contractNumbers = new ContractNumberScheme(ContractNumberScheme.DEFAULT_FORMAT);
        service.lcos = new LcoLookup(em);
        service.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        service.statusChanged = new RecordingEvent(events);
        return service;
    }

    private <T> T withService(String caller, java.util.function.Function<SubscriberService, T> work) {
        Object[] result = new Object[1];
        inTransaction(em -> result[0] = work.apply(service(em, caller)));
        @SuppressWarnings("unchecked")
        T t = (T) result[0];
        return t;
    }

    private static String mobile7() {
        return "7" + String.format("%09d", RANDOM.nextInt(1_000_000_000));
    }

    private static SubscriberRegistration agra(String name, String lco, String cafNumber, String cafDate) {
        return new SubscriberRegistration(name, mobile7(), null, null,
                new AddressInput("5 Taj Road", null, "Agra", "UP", "282001"), null, null, "Tajganj", lco, cafNumber, cafDate);
    }

    private String register(SubscriberRegistration r) {
        return withService("alice", s -> s.register(r, Surface.REST).getCustomerId().value());
    }

    private List<SubscriberChange> history(String customerId) {
        return TestDatabases.read(emf, em -> service(em, "reader").history(customerId));
    }

    private Subscriber get(String customerId) {
        return read(r -> r.findByCustomerId(customerId).orElseThrow());
    }

    @Test
    void registrationGeneratesTheContractNumberAndIsTheFirstHistoryLine() {
        String id = register(agra("Kavya Singh", null, null, null));
        Subscriber s = get(id);
        assertThat(s.getContractNumber()).isEqualTo(String.format("CN%08d", s.getId()));
        assertThat(s.getArea()).isEqualTo("Tajganj");
        assertThat(s.getVersion()).isEqualTo(1);
        assertThat(history(id)).singleElement().satisfies(c -> {
            assertThat(c.getField()).isEqualTo("status");
            assertThat(c.getOldValue()).isNull();
            assertThat(c.getNewValue()).isEqualTo("REGISTERED");
            assertThat(c.getChangedBy()).isEqualTo("alice");
            assertThat(c.getSurface()).isEqualTo(Surface.REST);
            assertThat(c.getChangedAt()).isEqualTo(NOW);
            assertThat(c.getReason()).contains(s.getContractNumber());
        });
    }

    @Test
    void aContractNumberIsUnique() {
        SubscriberRegistration first = new SubscriberRegistration("Contract One", mobile7(), null, null,
                new AddressInput("5 Taj Road", null, "Agra", "UP", "282001"), null, "AGRA/2026/1", null, null, null, null);
        register(first);
        SubscriberRegistration second = new SubscriberRegistration("Contract Two", mobile7(), null, null,
                new AddressInput("5 Taj Road", null, "Agra", "UP", "282001"), null, "AGRA/2026/1", null, null, null, null);
        assertThatThrownBy(() -> register(second)).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE);
            assertThat(e.fieldErrors()).extracting(fe -> fe.field()).containsExactly("contractNumber");
        });
    }

    @Test
    void eachChangedFieldIsOneHistoryLineAndBumpsTheVersion() {
        String id = register(agra("Rohit Verma", null, null, null));
        Subscriber changed = withService("bob", s -> s.update(id, new SubscriberChanges(1L)
                .set("name", "Rohit K Verma").set("email", "rohit@example.in").set("area", "Tajganj"), Surface.SOAP));
        assertThat(changed.getVersion()).isEqualTo(2);
        List<SubscriberChange> h = history(id);
        assertThat(h).extracting(SubscriberChange::getField).containsExactly("status", "name", "email");
        assertThat(h.get(1).getOldValue()).isEqualTo("Rohit Verma");
        assertThat(h.get(1).getNewValue()).isEqualTo("Rohit K Verma");
        assertThat(h.get(1).getChangedBy()).isEqualTo("bob");
        assertThat(h.get(1).getSurface()).isEqualTo(Surface.SOAP);
        assertThat(get(id).getName()).isEqualTo("Rohit K Verma");

        Subscriber same = withService("bob", s -> s.update(id, new SubscriberChanges(2L).set("name", "Rohit K Verma"), Surface.REST));
        assertThat(same.getVersion()).as("nothing changed, nothing stored").isEqualTo(2);
        assertThat(history(id)).hasSize(3);
    }

    @Test
    void aStaleVersionIsRefusedAndChangesNothing() {
        String id = register(agra("Stale Reader", null, null, null));
        withService("bob", s -> s.update(id, new SubscriberChanges(1L).set("area", "Sadar"), Surface.REST));
        assertThatThrownBy(() -> withService("carol", s -> s.update(id, new SubscriberChanges(1L).set("area", "Civil Lines"),
                Surface.REST))).isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT);
                    assertThat(e.getMessage()).contains(id, "version 1", "version 2");
                });
        assertThat(get(id).getArea()).isEqualTo("Sadar");
        assertThatThrownBy(() -> withService("carol", s -> s.update(id, new SubscriberChanges(null).set("area", "X"),
                Surface.REST))).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.fieldErrors()).extracting(fe -> fe.field()).containsExactly("version"));
    }

    @Test
    void aConcurrentChangeLosesOnTheVersionColumn() {
        String id = register(agra("Racing Writers", null, null, null));
        EntityManager late = emf.createEntityManager();
        try {
            late.getTransaction().begin();
            SubscriberService lateService = service(late, "late");
            lateService.getByCustomerId(id); // read version 1 into this transaction
            withService("early", s -> s.update(id, new SubscriberChanges(1L).set("area", "Early"), Surface.REST));
            assertThatThrownBy(() -> lateService.update(id, new SubscriberChanges(1L).set("area", "Late"), Surface.REST))
                    .isInstanceOfSatisfying(BusinessException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT);
                        assertThat(e.getMessage()).contains(id, "changed by someone else");
                    });
        } finally {
            if (late.getTransaction().isActive()) {
                late.getTransaction().rollback();
            }
            late.close();
        }
        assertThat(get(id).getArea()).isEqualTo("Early");
        assertThat(history(id)).extracting(SubscriberChange::getNewValue).containsExactly("REGISTERED", "Early");
    }

    @Test
    void theLifeCycleIsRecordedAndFiresItsEvents() {
        String id = register(agra("Life Cycle", null, null, null));
        assertThatThrownBy(() -> withService("op", s -> s.activate(id, null, Surface.CONSOLE)))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT);
                    assertThat(e.getMessage()).contains(id, "REGISTERED", "ACTIVE", "customer application form (CAF)");
                    assertThat(e.fieldErrors()).extracting(fe -> fe.field()).containsExactly("cafNumber", "cafDate");
                });
        withService("op", s -> s.update(id, new SubscriberChanges(1L).set("cafNumber", "CAF/9").set("cafDate", "2026-11-20"),
                Surface.CONSOLE));
        int before = events.size();
        withService("op", s -> s.activate(id, "CAF checked", Surface.CONSOLE));
        withService("op", s -> s.suspend(id, "on holiday", Surface.REST));
        withService("op", s -> s.resume(id, null, Surface.SOAP));
        assertThatThrownBy(() -> withService("op", s -> s.deactivate(id, " ", Surface.REST)))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.fieldErrors()).extracting(fe -> fe.field()).containsExactly("reason"));
        Subscriber gone = withService("op", s -> s.deactivate(id, "moved away", Surface.REST));
        assertThat(gone.getStatus()).isEqualTo(SubscriberStatus.DEACTIVATED);

        List<SubscriberChange> statuses = history(id).stream().filter(c -> c.getField().equals("status")).toList();
        assertThat(statuses).extracting(c -> c.getOldValue() + ">" + c.getNewValue() + " " + c.getReason() + " " + c.getSurface())
                .containsExactly("null>REGISTERED registered with contract number " + get(id).getContractNumber() + " REST",
                        "REGISTERED>ACTIVE CAF checked CONSOLE", "ACTIVE>SUSPENDED on holiday REST",
                        "SUSPENDED>ACTIVE null SOAP", "ACTIVE>DEACTIVATED moved away REST");
        assertThat(events.subList(before, events.size())).containsExactly(
                new SubscriberStatusChanged(new CustomerId(id), SubscriberStatus.REGISTERED, SubscriberStatus.ACTIVE, "CAF checked", Surface.CONSOLE),
                new SubscriberStatusChanged(new CustomerId(id), SubscriberStatus.ACTIVE, SubscriberStatus.SUSPENDED, "on holiday", Surface.REST),
                new SubscriberStatusChanged(new CustomerId(id), SubscriberStatus.SUSPENDED, SubscriberStatus.ACTIVE, null, Surface.SOAP),
                new SubscriberStatusChanged(new CustomerId(id), SubscriberStatus.ACTIVE, SubscriberStatus.DEACTIVATED, "moved away", Surface.REST));

        // deactivated: nothing but reads
        long version = get(id).getVersion();
        assertThatThrownBy(() -> withService("op", s -> s.update(id, new SubscriberChanges(version).set("area", "X"), Surface.REST)))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT);
                    assertThat(e.getMessage()).contains(id, "DEACTIVATED");
                });
        for (SubscriberLifecycle.Operation op : SubscriberLifecycle.Operation.values()) {
            assertThatThrownBy(() -> withService("op", s -> s.transition(id, op, "again", Surface.REST)))
                    .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
        }
        assertThat(history(id)).hasSize(7);
        assertThat(get(id).getStatus()).isEqualTo(SubscriberStatus.DEACTIVATED);
    }

    @Test
    void theLcoIsAForeignKeyResolvedByCode() throws Exception {
        long lcoId = 900_000 + RANDOM.nextInt(99_999);
        String code = "LCO-T" + lcoId;
        insertLco(lcoId, code);
        String id = register(agra("Lco Member", code.toLowerCase(java.util.Locale.ROOT), "CAF-1", "25-11-2026"));
        Subscriber s = get(id);
        assertThat(s.getLcoId()).isEqualTo(lcoId);
        java.util.Optional<String> codeOf = TestDatabases.read(emf, em -> new LcoLookup(em).codeOf(lcoId));
        assertThat(codeOf).hasValue(code);
        java.util.Map<Long, String> codes = TestDatabases.read(emf, em -> new LcoLookup(em).codesOf(List.of(lcoId, -1L)));
        assertThat(codes).containsExactly(java.util.Map.entry(lcoId, code));
        java.util.Optional<Long> none = TestDatabases.read(emf, em -> new LcoLookup(em).idOf("NO-SUCH-LCO"));
        assertThat(none).isEmpty();

        assertThatThrownBy(() -> register(agra("No Such Lco", "NO-SUCH-LCO", null, null)))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.fieldErrors())
                        .anySatisfy(fe -> assertThat(fe.toString()).contains("lco", "NO-SUCH-LCO")));

        Subscriber unlinked = withService("op", x -> x.update(id, new SubscriberChanges(1L).set("lco", null), Surface.REST));
        assertThat(unlinked.getLcoId()).isNull();
        assertThat(history(id).get(1)).satisfies(c -> {
            assertThat(c.getField()).isEqualTo("lco");
            assertThat(c.getOldValue()).isEqualTo(code);
            assertThat(c.getNewValue()).isNull();
        });

        // the database itself refuses an lco_id with no LCO
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.executeUpdate("update subscriber set lco_id = -42 where customer_id = '" + id + "'"))
                    .isInstanceOfSatisfying(java.sql.SQLException.class,
                            e -> assertThat(ConstraintViolation.names(e, "fk_subscriber_lco")).isTrue());
        }
    }

    // ---- search by LCO, area and device (issue 4 item 7) ----

    private static long nextRowId = 700_000 + RANDOM.nextInt(99_999);

    /** A set-top box and a smart card in stock, by plain SQL (stock is not this test's capability). */
    private void device(String stb, String card) throws Exception {
        long id = ++nextRowId;
        insertRow("stb", java.util.Map.of("id", id, "serial", stb, "state", "INSTALLED"));
        insertRow("smart_card", java.util.Map.of("id", id, "card_number", card, "state", "INSTALLED"));
    }

    /** A pairing row of the subscriber: current (current_stb and current_card set) or ended (both NULL). */
    private void pairing(String customerId, String stb, String card, boolean current) throws Exception {
        java.util.Map<String, Object> row = new java.util.HashMap<>(java.util.Map.of("id", ++nextRowId,
                "subscriber_id", get(customerId).getId(), "customer_id", customerId, "stb_serial", stb,
                "card_number", card, "activation", "ACTIVE"));
        if (current) {
            row.put("current_stb", stb);
            row.put("current_card", card);
        } else {
            row.put("unpaired_at", Timestamp.from(NOW));
            row.put("unpaired_by", "tester");
            row.put("unpaired_via", "REST");
        }
        insertRow("pairing", row);
    }

    /** The customer IDs the filter lists (customer ID order), after checking that its count and export pages agree. */
    private List<String> found(SubscriberFilter filter) {
        List<String> listed = list(filter, PageRequest.first(100)).stream().map(x -> x.getCustomerId().value()).toList();
        assertThat(count(filter)).as("count of " + filter).isEqualTo(listed.size());
        List<String> keyset = read(r -> r.listAfter(filter, null, 100)).stream().map(x -> x.getCustomerId().value()).toList();
        assertThat(keyset).as("export/bulk pages of " + filter).isEqualTo(listed);
        return listed;
    }

    @Test
    void subscribersAreFoundByLcoAreaAndTheDevicesOfTheirCurrentPairs() throws Exception {
        long lcoA = 800_000 + RANDOM.nextInt(99_999);
        long lcoB = lcoA + 100_000;
        String codeA = "LCO-A" + lcoA;
        String codeB = "LCO-B" + lcoB;
        insertLco(lcoA, codeA);
        insertLco(lcoB, codeB);
        String asha = register(finder("Finder Asha", codeA, "Koramangala 4th Block", "CAF-F1", "20-11-2026"));
        String bala = register(finder("Finder Bala", codeA, "Koramangala 5th Block", null, null));
        String chitra = register(finder("Finder Chitra", codeB, "Indiranagar", null, null));
        withService("op", x -> x.activate(asha, null, Surface.REST));
        String p = "F" + Long.toString(RANDOM.nextLong() & 0xffffffL, 36).toUpperCase(java.util.Locale.ROOT);
        device(p + "-S1", p + "-C1");
        device(p + "-S2", p + "-C2");
        device(p + "-S3", p + "-C3");
        pairing(asha, p + "-S1", p + "-C1", true);         // Asha holds S1/C1
        pairing(bala, p + "-S2", p + "-C2", false);        // Bala had S2/C2, unpaired since
        pairing(bala, p + "-S3", p + "-C3", false);        // S3/C3 moved from Bala ...
        pairing(chitra, p + "-S3", p + "-C3", true);       // ... to Chitra, who holds them now

        // LCO: exact, by code in any case (the surfaces give it in upper case); an unknown code matches nobody
        assertThat(found(SubscriberFilter.ALL.withLco(codeA))).containsExactly(asha, bala);
        assertThat(found(SubscriberFilter.ALL.withLco(codeB.toLowerCase(java.util.Locale.ROOT)))).containsExactly(chitra);
        assertThat(found(SubscriberFilter.ALL.withLco("NO-SUCH-LCO"))).isEmpty();
        assertThat(found(new SubscriberFilter(null, "finder b", null, null, null, null).withLco(codeA))).containsExactly(bala);
        assertThat(found(new SubscriberFilter(null, null, null, null, null, SubscriberStatus.ACTIVE).withLco(codeA)))
                .containsExactly(asha);
        assertThat(list(SubscriberFilter.ALL.withLco(codeA), new PageRequest(0, 10, "name", false)))
                .extracting(Subscriber::getName).containsExactly("Finder Bala", "Finder Asha");

        // area: from the start, as recorded (case included); wildcards are literal
        assertThat(found(SubscriberFilter.ALL.withArea("Koramangala"))).containsExactly(asha, bala);
        assertThat(found(SubscriberFilter.ALL.withArea("Koramangala 5"))).containsExactly(bala);
        assertThat(found(SubscriberFilter.ALL.withArea("koramangala"))).isEmpty();
        assertThat(found(SubscriberFilter.ALL.withArea("Korama_gala"))).isEmpty();
        assertThat(found(SubscriberFilter.ALL.withArea("Indira").withLco(codeA))).isEmpty();

        // STB and card: the holder of the device in a current pair; a device unpaired earlier finds nobody
        assertThat(found(SubscriberFilter.ALL.withStb(p + "-S1"))).containsExactly(asha);
        assertThat(found(SubscriberFilter.ALL.withStb((p + "-s1").toLowerCase(java.util.Locale.ROOT)))).containsExactly(asha);
        assertThat(found(SubscriberFilter.ALL.withStb(p + "-S2"))).isEmpty();
        assertThat(found(SubscriberFilter.ALL.withCard(p + "-C2"))).isEmpty();
        assertThat(found(SubscriberFilter.ALL.withStb(p + "-S3"))).containsExactly(chitra);
        assertThat(found(SubscriberFilter.ALL.withCard(p + "-C3"))).containsExactly(chitra);
        assertThat(found(SubscriberFilter.ALL.withCard(p + "-C1"))).containsExactly(asha);
        assertThat(found(SubscriberFilter.ALL.withStb("NO-SUCH-BOX"))).isEmpty();
        // combined with the other filters
        assertThat(found(SubscriberFilter.ALL.withStb(p + "-S1").withCard(p + "-C1").withLco(codeA))).containsExactly(asha);
        assertThat(found(new SubscriberFilter(null, "Finder A", null, null, null, SubscriberStatus.ACTIVE)
                .withCard(p + "-C1"))).containsExactly(asha);
        assertThat(found(new SubscriberFilter(null, "Finder B", null, null, null, null).withStb(p + "-S1"))).isEmpty();
        assertThat(found(new SubscriberFilter(null, null, null, null, null, SubscriberStatus.REGISTERED)
                .withCard(p + "-C1"))).isEmpty();
        assertThat(found(SubscriberFilter.ALL.withStb(p + "-S1").withCard(p + "-C3"))).as("devices of two subscribers").isEmpty();
        assertThat(found(SubscriberFilter.ALL.withStb(p + "-S3").withLco(codeA))).isEmpty();
    }

    private static SubscriberRegistration finder(String name, String lco, String area, String cafNumber, String cafDate) {
        return new SubscriberRegistration(name, mobile7(), null, null,
                new AddressInput("9 Hosur Road", null, "Anekal", "KA", "562106"), null, null, area, lco, cafNumber, cafDate);
    }

    /** An LCO row by plain SQL (the LCO capability is not this test's), every NOT NULL column filled by its type. */
    private void insertLco(long id, String code) throws Exception {
        insertRow("lco", java.util.Map.of("id", id, "code", code));
    }

    /**
     * A row by plain SQL with the values given (by column name, lower case); every other NOT NULL column is filled by
     * its type, nullable ones are left NULL.
     */
    private void insertRow(String table, java.util.Map<String, Object> given) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            List<String> names = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            try (ResultSet cols = c.getMetaData().getColumns(null, c.getSchema(), dbName(c, table), null)) {
                while (cols.next()) {
                    String name = cols.getString("COLUMN_NAME");
                    String key = name.toLowerCase(java.util.Locale.ROOT);
                    int type = cols.getInt("DATA_TYPE");
                    int size = cols.getInt("COLUMN_SIZE");
                    long id = ((Number) given.getOrDefault("id", 1L)).longValue();
                    Object value;
                    if (given.containsKey(key)) {
                        value = given.get(key);
                    } else if (cols.getInt("NULLABLE") != java.sql.DatabaseMetaData.columnNoNulls) {
                        continue;
                    } else if (type == Types.VARCHAR || type == Types.CHAR || type == Types.NVARCHAR) {
                        value = key.contains("state") ? "UP"
                                : key.contains("mobile") ? "9000000000"
                                : key.contains("pin") ? "282001"
                                : key.contains("status") ? "ACTIVE"
                                : key.endsWith("via") ? "SYSTEM"
                                : ("T" + id).substring(0, Math.min(size, ("T" + id).length()));
                    } else if (type == Types.TIMESTAMP || type == Types.TIMESTAMP_WITH_TIMEZONE || type == Types.DATE) {
                        value = Timestamp.from(NOW);
                    } else if (type == Types.BOOLEAN || type == Types.BIT) {
                        value = Boolean.FALSE;
                    } else {
                        value = 1;
                    }
                    names.add(name);
                    values.add(value);
                }
            }
            assertThat(names).as("columns of table " + table).isNotEmpty();
            String sql = "insert into " + table + " (" + String.join(", ", names) + ") values ("
                    + String.join(", ", java.util.Collections.nCopies(names.size(), "?")) + ")";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < values.size(); i++) {
                    ps.setObject(i + 1, values.get(i));
                }
                ps.executeUpdate();
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
    }

    private static String dbName(Connection c, String name) throws java.sql.SQLException {
        return c.getMetaData().storesUpperCaseIdentifiers() ? name.toUpperCase(java.util.Locale.ROOT) : name;
    }

    /** Records the events fired, like a synchronous observer in the same transaction. */
    private record RecordingEvent(List<SubscriberStatusChanged> fired) implements Event<SubscriberStatusChanged> {
        @Override
        public void fire(SubscriberStatusChanged event) {
            fired.add(event);
        }

        @Override
        public <U extends SubscriberStatusChanged> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends SubscriberStatusChanged> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<SubscriberStatusChanged> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends SubscriberStatusChanged> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends SubscriberStatusChanged> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
