package org.opensms.sms.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opensms.sms.lco.Lco;
import org.opensms.sms.lco.LcoDetails;
import org.opensms.sms.lco.LcoFilter;
import org.opensms.sms.lco.LcoService;
import org.opensms.sms.lco.LcoStatus;
import org.opensms.sms.lco.internal.LcoRepository;
import org.opensms.sms.persistence.TestDatabases;
import org.opensms.sms.shared.AddressInput;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.ErrorCode;
import org.opensms.sms.shared.PageRequest;
import org.opensms.sms.shared.Surface;
import org.opensms.sms.stock.internal.StockRepository;

/**
 * LCOs and stock on every supported database, through the real services (outside the container: the entity
 * manager of a resource-local transaction, a fixed clock, a fixed caller): create and list LCOs, import shipments
 * all or nothing, moves with history, lists, filters and counts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LcoStockPersistenceContract {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T06:30:00Z"), ZoneOffset.UTC);
    private EntityManagerFactory emf;

    protected abstract DataSource emptySchema() throws Exception;

    @BeforeAll
    void open() throws Exception {
        emf = TestDatabases.migrateAndOpen(emptySchema());
        inTx(s -> s.lcos.create(lco("LCO0001", "Sri Cable Network", "Bengaluru East"), Surface.REST));
        inTx(s -> s.lcos.create(lco("LCO0002", "Shiva Digital", "Mysuru"), Surface.CONSOLE));
        inTx(s -> s.lcos.create(lco("BLR-9", "sri vision", "bengaluru west"), Surface.SOAP));
        inTx(s -> s.stock.importShipment(DeviceType.STB, ImportFormat.CSV, csv("""
                vendor,model,serial,lot,warehouse
                Skyworth,HD-100,A001,LOT-1,BLR
                Skyworth,HD-100,A002,LOT-1,BLR
                Skyworth,HD-100,A003,LOT-1,BLR
                Kaon,KSF-2,B001,LOT-2,MYS
                Kaon,KSF-2,B002,LOT-2,MYS
                """), Surface.REST));
        inTx(s -> s.stock.importShipment(DeviceType.CARD, ImportFormat.CSV, csv("""
                vendor,number,lot,warehouse
                Nagra,VC001,C-1,BLR
                Nagra,VC002,C-1,BLR
                """), Surface.REST));
    }

    @AfterAll
    void close() {
        if (emf != null) {
            emf.close();
        }
    }

    static LcoDetails lco(String code, String name, String area) {
        return new LcoDetails(code, name, new AddressInput("4 Old Airport Road", null, "Bengaluru", "KA", "560017"),
                "Ramesh K", "9845011111", "lco@example.in", "29AAGCB7383J1Z4", area, null);
    }

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The services wired to one entity manager, as the container would. */
    static final class Services {
        final LcoService lcos;
        final StockService stock;

        Services(EntityManager em) {
            SessionContext session = (SessionContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {SessionContext.class}, (p, m, a) -> {
                        if (m.getName().equals("getCallerPrincipal")) {
                            return (Principal) () -> "tester";
                        }
                        throw new UnsupportedOperationException(m.getName());
                    });
            lcos = new LcoService(new LcoRepository(em), CLOCK, session);
            stock = new StockService(new StockRepository(em), lcos, CLOCK, session);
        }
    }

    private void inTx(java.util.function.Consumer<Services> work) {
        TestDatabases.inTransaction(emf, em -> work.accept(new Services(em)));
    }

    private <T> T read(Function<Services, T> query) {
        return TestDatabases.read(emf, em -> query.apply(new Services(em)));
    }

    private Lco lco(String code) {
        return read(s -> s.lcos.getByCode(code));
    }

    private StockDevice device(DeviceType type, String serial) {
        return read(s -> s.stock.get(type, serial));
    }

    private long count(DeviceType type, StockFilter f) {
        return read(s -> s.stock.count(type, f));
    }

    private Map<DeviceState, Long> counts(String lco) {
        return read(s -> s.stock.countByState(DeviceType.STB, lco));
    }

    @Test
    void lcosAreCreatedListedAndFilteredByPrefixWithoutRegardToCase() {
        Lco l = lco("lco0001");
        assertThat(l.getName()).isEqualTo("Sri Cable Network");
        assertThat(l.getGstin().value()).isEqualTo("29AAGCB7383J1Z4");
        assertThat(l.getStatus()).isEqualTo(LcoStatus.ACTIVE);
        assertThat(l.getCreatedBy()).isEqualTo("tester");
        assertThat(l.getCreatedAt()).isEqualTo(CLOCK.instant());
        assertThat(codes(new LcoFilter(null, "SRI", null, null))).containsExactly("BLR-9", "LCO0001");
        assertThat(codes(new LcoFilter("lco", null, null, null))).containsExactly("LCO0001", "LCO0002");
        assertThat(codes(new LcoFilter(null, null, "Bengaluru", null))).containsExactly("BLR-9", "LCO0001");
        assertThat(codes(new LcoFilter("LCO", null, null, LcoStatus.INACTIVE))).isEmpty();
        List<Lco> page = read(s -> s.lcos.list(LcoFilter.ALL, new PageRequest(0, 2, "name", false)));
        assertThat(page).extracting(Lco::getCode).containsExactly("BLR-9", "LCO0001");
    }

    private List<String> codes(LcoFilter f) {
        List<String> codes = read(s -> s.lcos.list(f, PageRequest.first(50))).stream().map(Lco::getCode).toList();
        long count = read(s -> s.lcos.count(f));
        assertThat(count).isEqualTo(codes.size());
        return codes;
    }

    @Test
    void anLcoCodeIsTakenOnceAndNeverChanges() {
        assertThatThrownBy(() -> inTx(s -> s.lcos.create(lco("lco0002", "Again", "X"), Surface.REST)))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE));
        assertThatThrownBy(() -> inTx(s -> s.lcos.update("LCO0002", lco("LCO0003", "Renamed", "X"), Surface.REST)))
                .hasMessageContaining("code: cannot change");
        inTx(s -> s.lcos.update("LCO0002", new LcoDetails(null, "Shiva Digital Pvt", lco("x", "x", "x").address(),
                "Shiva", "9845022222", null, null, "Mysuru North", null), Surface.CONSOLE));
        Lco l = lco("LCO0002");
        assertThat(l.getName()).isEqualTo("Shiva Digital Pvt");
        assertThat(l.getGstin()).isNull();
        assertThat(l.getUpdatedVia()).isEqualTo(Surface.CONSOLE);
        assertThat(l.getCreatedVia()).isEqualTo(Surface.CONSOLE);
    }

    @Test
    void importedDevicesAreInStockWithTheirHistory() {
        StockDevice b = device(DeviceType.STB, "a001");
        assertThat(b).isInstanceOf(SetTopBox.class);
        assertThat(((SetTopBox) b).getModel()).isEqualTo("HD-100");
        assertThat(b.getState()).isEqualTo(DeviceState.IN_STOCK);
        assertThat(b.getCreatedBy()).isEqualTo("tester");
        List<DeviceMovement> h = read(s -> s.stock.history(DeviceType.STB, "A001"));
        assertThat(h).first().satisfies(m -> {
            assertThat(m.getOperation()).isEqualTo(DeviceMove.IMPORT);
            assertThat(m.getFromState()).isNull();
            assertThat(m.getReason()).isEqualTo("lot LOT-1, warehouse BLR");
        });
        assertThat(device(DeviceType.CARD, "VC001")).isInstanceOf(SmartCard.class);
    }

    @Test
    void aFileWithADeviceAlreadyKnownImportsNothing() {
        long before = count(DeviceType.STB, StockFilter.ALL);
        assertThatThrownBy(() -> inTx(s -> s.stock.importShipment(DeviceType.STB, ImportFormat.CSV, csv("""
                vendor,model,serial,lot,warehouse
                Kaon,KSF-2,NEW-1,LOT-3,MYS
                Kaon,KSF-2,b002,LOT-3,MYS
                """), Surface.REST))).isInstanceOfSatisfying(StockImportRefusedException.class, e ->
                assertThat(e.errors()).containsExactly(new ImportError(3, "serial", "B002 is already in the SMS")));
        assertThat(count(DeviceType.STB, StockFilter.ALL)).isEqualTo(before);
        Optional<StockDevice> none = read(s -> s.stock.find(DeviceType.STB, "NEW-1"));
        assertThat(none).isEmpty();
    }

    @Test
    void movesAreCheckedAppendHistoryAndBulkMovesAreAllOrNothing() {
        inTx(s -> s.stock.allocate(DeviceType.STB, List.of("A002", "A003"), "LCO0001", "first lot", Surface.REST));
        assertThat(device(DeviceType.STB, "A002").getLcoCode()).isEqualTo("LCO0001");

        inTx(s -> s.stock.blacklist(DeviceType.STB, List.of("A003"), "cloned", Surface.REST));
        assertThatThrownBy(() -> inTx(s -> s.stock.allocate(DeviceType.STB, List.of("B001", "A003"), "LCO0002", null,
                Surface.REST))).isInstanceOfSatisfying(IllegalDeviceMoveException.class, e ->
                assertThat(e.getMessage()).contains("A003 is BLACKLISTED and cannot move to ALLOCATED"));
        assertThat(device(DeviceType.STB, "B001").getState()).as("all or nothing").isEqualTo(DeviceState.IN_STOCK);

        assertThatThrownBy(() -> inTx(s -> s.stock.markFaulty(DeviceType.STB, List.of("A003", "NOPE", "B001"), null,
                Surface.REST))).isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT);
                    assertThat(e.fieldErrors()).extracting(f -> f.field()).containsExactly("serials[0]", "serials[1]");
                });

        List<DeviceMovement> h = read(s -> s.stock.history(DeviceType.STB, "A003"));
        assertThat(h).extracting(DeviceMovement::getOperation)
                .containsExactly(DeviceMove.IMPORT, DeviceMove.ALLOCATE, DeviceMove.BLACKLIST);
        assertThat(h.get(2).getFromLco()).isEqualTo("LCO0001");
        assertThat(h.get(2).getReason()).isEqualTo("cloned");

        Map<DeviceState, Long> counts = counts(null);
        assertThat(counts.get(DeviceState.BLACKLISTED)).isEqualTo(1);
        assertThat(counts.get(DeviceState.ALLOCATED)).isEqualTo(1);
        assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(5);
        assertThat(counts("lco0001").get(DeviceState.BLACKLISTED)).isEqualTo(1);
        assertThat(counts("LCO0002").get(DeviceState.BLACKLISTED)).isZero();
    }

    @Test
    void allocationNeedsAnActiveLco() {
        inTx(s -> s.lcos.create(new LcoDetails("OLD-1", "Closed Cable", lco("x", "x", "x").address(), "X", "9845033333",
                null, null, "Nowhere", "INACTIVE"), Surface.REST));
        assertThatThrownBy(() -> inTx(s -> s.stock.allocate(DeviceType.CARD, List.of("VC002"), "OLD-1", null, Surface.REST)))
                .hasMessageContaining("LCO OLD-1 is INACTIVE");
        assertThatThrownBy(() -> inTx(s -> s.stock.allocate(DeviceType.CARD, List.of("VC002"), "NOPE", null, Surface.REST)))
                .hasMessageContaining("no LCO with code 'NOPE'");
    }

    @Test
    void listsFilterByStateLcoLotAndSerialPrefix() {
        inTx(s -> s.stock.allocate(DeviceType.CARD, List.of("VC001"), "LCO0002", null, Surface.REST));
        assertThat(serials(DeviceType.STB, new StockFilter(null, null, "LOT-2", null))).containsExactly("B001", "B002");
        assertThat(serials(DeviceType.STB, new StockFilter(null, null, null, "B00"))).containsExactly("B001", "B002");
        assertThat(serials(DeviceType.CARD, new StockFilter(DeviceState.ALLOCATED, "LCO0002", null, null))).containsExactly("VC001");
        assertThat(serials(DeviceType.CARD, new StockFilter(DeviceState.IN_STOCK, null, null, "VC"))).containsExactly("VC002");
        List<StockDevice> page = read(s -> s.stock.list(DeviceType.STB, StockFilter.ALL, new PageRequest(0, 2, "serial", false)));
        assertThat(page).extracting(StockDevice::getSerial).containsExactly("B002", "B001");
    }

    private List<String> serials(DeviceType type, StockFilter f) {
        List<String> serials = read(s -> s.stock.list(type, f, PageRequest.first(50))).stream().map(StockDevice::getSerial).toList();
        assertThat(count(type, f)).isEqualTo(serials.size());
        return serials;
    }
}
