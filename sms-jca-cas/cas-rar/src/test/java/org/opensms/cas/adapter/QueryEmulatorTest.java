package org.opensms.cas.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.Session;
import jakarta.resource.spi.ManagedConnection;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.transaction.xa.XAResource;
import javax.transaction.xa.Xid;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensms.cas.adapter.OutboundXaTest.FakeConnectionManager;
import org.opensms.cas.adapter.OutboundXaTest.TestXid;
import org.opensms.cas.adapter.codec.EventCodec;
import org.opensms.cas.adapter.outbound.CasManagedConnectionFactory;
import org.opensms.cas.api.CardNumber;
import org.opensms.cas.api.CardState;
import org.opensms.cas.api.CasConnection;
import org.opensms.cas.api.CasConnectionFactory;
import org.opensms.cas.api.CasEvent;
import org.opensms.cas.api.CasException;
import org.opensms.cas.api.CasProductId;
import org.opensms.cas.api.CommandId;
import org.opensms.cas.api.Entitlement;
import org.opensms.cas.api.GroupId;
import org.opensms.cas.api.Origin;
import org.opensms.cas.api.StbSerial;
import org.opensms.cas.emulator.CasEmulator;
import org.opensms.cas.emulator.EmulatorConfig;

/**
 * {@link CasConnection#query(CardNumber)} against the real CAS emulator: the state the CAS reports after commands
 * issued through the adapter (in XA transactions, dispatched by the connection factory's dispatcher).
 */
class QueryEmulatorTest {

    static final Origin ORIGIN = Origin.of("tester", "junit");
    static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    static final Instant T1 = Instant.parse("2026-01-01T00:00:00.250Z");
    static final Instant T2 = Instant.parse("2030-06-30T12:34:56Z");
    static final CardNumber CARD = CardNumber.of("1001");

    TestSupport.Broker broker;
    TestSupport.Bootstrap bootstrap;
    CasEmulator cas;
    CasResourceAdapter ra;
    CasManagedConnectionFactory mcf;
    FakeConnectionManager cm;
    CasConnectionFactory factory;

    @BeforeEach
    void setUp() throws Exception {
        broker = new TestSupport.Broker();
        bootstrap = new TestSupport.Bootstrap();
        cas = CasEmulator.start(EmulatorConfig.forTests().user("sms").password("pw"));
        cas.provision("1001", "1002", "1003");
        ra = new CasResourceAdapter();
        ra.setBrokerUrl(broker.url);
        ra.setDispatcherEnabled(false); // as in ra.xml: only the connection factory's dispatcher runs
        ra.start(bootstrap);
        mcf = newFactory(cas.port());
        mcf.setResourceAdapter(ra); // starts the factory's dispatcher
        cm = new FakeConnectionManager();
        factory = (CasConnectionFactory) mcf.createConnectionFactory(cm);
    }

    CasManagedConnectionFactory newFactory(int casPort) {
        return TestSupport.onTestCas(new CasManagedConnectionFactory(), broker.url, casPort);
    }

    @AfterEach
    void tearDown() throws Exception {
        for (ManagedConnection mc : cm.created) {
            mc.destroy();
        }
        ra.stop();
        bootstrap.close();
        cas.close();
        broker.close();
    }

    /** Issues commands in one committed XA transaction and waits for their outcomes. */
    List<CasEvent> commit(CasConnection c, Function<CasConnection, List<CommandId>> work) throws Exception {
        XAResource xa = cm.created.get(0).getXAResource();
        Xid xid = TestXid.random();
        xa.start(xid, XAResource.TMNOFLAGS);
        List<CommandId> ids = work.apply(c);
        xa.end(xid, XAResource.TMSUCCESS);
        xa.commit(xid, true);
        List<CasEvent> out = new ArrayList<>();
        long deadline = System.currentTimeMillis() + 20_000;
        try (Connection jms = broker.cf.createConnection()) {
            jms.start();
            Session s = jms.createSession(false, Session.AUTO_ACKNOWLEDGE);
            var consumer = s.createConsumer(s.createQueue("sms.cas.events"));
            while (out.size() < ids.size() && System.currentTimeMillis() < deadline) {
                Message m = consumer.receive(200);
                if (m != null) {
                    out.addAll(EventCodec.readAll(m));
                }
            }
        }
        assertThat(out).extracting(CasEvent::commandId).containsExactlyInAnyOrderElementsOf(ids);
        return out;
    }

    @Test
    void reportsTheStateLeftByTheCommands() throws Exception {
        try (CasConnection c = factory.getConnection()) {
            List<CasEvent> events = commit(c, x -> List.of(
                    x.activate(CARD, ORIGIN),
                    x.pair(CARD, StbSerial.of("STB-77"), ORIGIN),
                    x.addEntitlement(CARD, CasProductId.of("SPORTS"), T0, T1, ORIGIN),
                    x.addEntitlement(CARD, CasProductId.of("MOVIES"), T0, T2, ORIGIN),
                    x.addEntitlement(CARD, CasProductId.of("NEWS"), T0, T1, ORIGIN),
                    x.cancelEntitlement(CARD, CasProductId.of("NEWS"), ORIGIN),
                    x.assignGroup(CARD, GroupId.of("NORTH"), ORIGIN),
                    x.blacklist(CardNumber.of("1002"), ORIGIN)));
            assertThat(events).allMatch(e -> e.outcome() == CasEvent.Outcome.ACCEPTED, "all accepted");

            CardState s = c.query(CARD);
            assertThat(s.card()).isEqualTo(CARD);
            assertThat(s.known()).isTrue();
            assertThat(s.active()).isTrue();
            assertThat(s.blacklisted()).isFalse();
            assertThat(s.stb()).isEqualTo(StbSerial.of("STB-77"));
            assertThat(s.group()).isEqualTo(GroupId.of("NORTH"));
            assertThat(s.entitlements()).containsExactlyInAnyOrder(
                    new Entitlement(CasProductId.of("SPORTS"), T0, T1),
                    new Entitlement(CasProductId.of("MOVIES"), T0, T2));

            CardState blacklisted = c.query(CardNumber.of("1002")); // querying a blacklisted card is allowed
            assertThat(blacklisted.known()).isTrue();
            assertThat(blacklisted.blacklisted()).isTrue();
            assertThat(blacklisted.active()).isFalse();

            CardState untouched = c.query(CardNumber.of("1003"));
            assertThat(untouched).isEqualTo(new CardState(CardNumber.of("1003"), true, false, false, null, null,
                    List.of()));

            // later commands change what the query sees
            commit(c, x -> List.of(x.deactivate(CARD, ORIGIN), x.unpair(CARD, StbSerial.of("STB-77"), ORIGIN),
                    x.cancelAllEntitlements(CARD, ORIGIN)));
            CardState after = c.query(CARD);
            assertThat(after.known()).isTrue();
            assertThat(after.active()).isFalse();
            assertThat(after.stb()).isNull();
            assertThat(after.group()).isEqualTo(GroupId.of("NORTH"));
            assertThat(after.entitlements()).isEmpty();
        }
    }

    @Test
    void anUnknownCardIsReportedAsUnknownNotAsAnError() throws Exception {
        try (CasConnection c = factory.getConnection()) {
            CardState s = c.query(CardNumber.of("NO-SUCH-CARD"));
            assertThat(s).isEqualTo(new CardState(CardNumber.of("NO-SUCH-CARD"), false, false, false, null, null,
                    List.of()));
        }
        assertThat(cas.card("NO-SUCH-CARD")).as("a query does not create the card").isEmpty();
    }

    @Test
    void queryDoesNotSeeCommandsStillQueuedOrRolledBack() throws Exception {
        try (CasConnection c = factory.getConnection()) {
            XAResource xa = cm.created.get(0).getXAResource();
            Xid xid = TestXid.random();
            xa.start(xid, XAResource.TMNOFLAGS);
            c.activate(CARD, ORIGIN);
            assertThat(c.query(CARD).active()).as("not yet committed").isFalse();
            xa.end(xid, XAResource.TMSUCCESS);
            xa.rollback(xid);
            Thread.sleep(300);
            assertThat(c.query(CARD).active()).as("rolled back").isFalse();
        }
    }

    @Test
    void unreachableCasIsACasExceptionNamingTheCard() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        CasManagedConnectionFactory down = newFactory(closedPort);
        down.setDispatcherEnabled(false);
        FakeConnectionManager downCm = new FakeConnectionManager();
        CasConnectionFactory downFactory = (CasConnectionFactory) down.createConnectionFactory(downCm);
        try (CasConnection c = downFactory.getConnection()) {
            assertThatThrownBy(() -> c.query(CARD)).isInstanceOf(CasException.class)
                    .hasMessageContaining("CAS query for card 1001 failed");
        } finally {
            for (ManagedConnection mc : downCm.created) {
                mc.destroy();
            }
        }
    }

    @Test
    void queryOnAClosedHandleFails() throws Exception {
        CasConnection c = factory.getConnection();
        c.close();
        assertThatThrownBy(() -> c.query(CARD)).isInstanceOf(CasException.class).hasMessageContaining("closed");
    }
}
