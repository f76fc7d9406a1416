package org.opensms.cas.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionFactory;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.transaction.xa.XAException;
import javax.transaction.xa.XAResource;
import javax.transaction.xa.Xid;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensms.cas.adapter.codec.QueuedCommand;
import org.opensms.cas.adapter.outbound.CasManagedConnectionFactory;
import org.opensms.cas.api.AddEntitlement;
import org.opensms.cas.api.CardNumber;
import org.opensms.cas.api.CasConnection;
import org.opensms.cas.api.CasConnectionFactory;
import org.opensms.cas.api.CasProductId;
import org.opensms.cas.api.CommandId;
import org.opensms.cas.api.Origin;
import org.opensms.cas.api.OsdPosition;
import org.opensms.cas.api.SendOsd;
import org.opensms.cas.api.Target;

/** The outbound side without a container: a fake ConnectionManager and the XAResource driven by hand. */
class OutboundXaTest {

    static final Origin ORIGIN = Origin.of("tester", "junit");

    /** Pools nothing; remembers the managed connections and the events they fired. */
    static final class FakeConnectionManager implements ConnectionManager, ConnectionEventListener {
        final List<ManagedConnection> created = new CopyOnWriteArrayList<>();
        final List<ConnectionEvent> events = new CopyOnWriteArrayList<>();

        @Override
        public Object allocateConnection(ManagedConnectionFactory mcf, ConnectionRequestInfo info)
                throws ResourceException {
            ManagedConnection mc = mcf.matchManagedConnections(Set.copyOf(created), null, info);
            if (mc == null) {
                mc = mcf.createManagedConnection(null, info);
                mc.addConnectionEventListener(this);
                created.add(mc);
            }
            return mc.getConnection(null, info);
        }

        @Override
        public void connectionClosed(ConnectionEvent e) {
            events.add(e);
        }

        @Override
        public void connectionErrorOccurred(ConnectionEvent e) {
            events.add(e);
        }

        @Override
        public void localTransactionStarted(ConnectionEvent e) {
        }

        @Override
        public void localTransactionCommitted(ConnectionEvent e) {
        }

        @Override
        public void localTransactionRolledback(ConnectionEvent e) {
        }
    }

    record TestXid(int formatId, byte[] globalTransactionId, byte[] branchQualifier) implements Xid {
        static TestXid random() {
            UUID u = UUID.randomUUID();
            return new TestXid(4711, ByteBuffer.allocate(16).putLong(u.getMostSignificantBits())
                    .putLong(u.getLeastSignificantBits()).array(), new byte[] {1});
        }

        @Override
        public int getFormatId() {
            return formatId;
        }

        @Override
        public byte[] getGlobalTransactionId() {
            return globalTransactionId;
        }

        @Override
        public byte[] getBranchQualifier() {
            return branchQualifier;
        }
    }

    TestSupport.Broker broker;
    CasManagedConnectionFactory mcf;
    FakeConnectionManager cm;
    CasConnectionFactory factory;

    @BeforeEach
    void setUp() throws Exception {
        broker = new TestSupport.Broker();
        mcf = new CasManagedConnectionFactory();
        mcf.setBrokerUrl(broker.url);
        mcf.setDispatcherEnabled(false);
        cm = new FakeConnectionManager();
        factory = (CasConnectionFactory) mcf.createConnectionFactory(cm);
    }

    @AfterEach
    void tearDown() throws Exception {
        for (ManagedConnection mc : cm.created) {
            mc.destroy();
        }
        broker.close();
    }

    @Test
    void committedCommandsAreOnTheQueueRolledBackOnesAreNot() throws Exception {
        CommandId committed;
        CommandId rolledBack;
        CommandId onePhase;
        try (CasConnection cas = factory.getConnection()) {
            XAResource xa = cm.created.get(0).getXAResource();

            Xid x1 = TestXid.random();
            xa.start(x1, XAResource.TMNOFLAGS);
            committed = cas.addEntitlement(CardNumber.of("1001"), CasProductId.of("SPORTS"),
                    Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2025-02-01T00:00:00Z"), ORIGIN);
            xa.end(x1, XAResource.TMSUCCESS);
            assertThat(xa.prepare(x1)).isEqualTo(XAResource.XA_OK);
            xa.commit(x1, false);

            Xid x2 = TestXid.random();
            xa.start(x2, XAResource.TMNOFLAGS);
            rolledBack = cas.activate(CardNumber.of("1002"), ORIGIN);
            xa.end(x2, XAResource.TMSUCCESS);
            xa.rollback(x2);

            Xid x3 = TestXid.random();
            xa.start(x3, XAResource.TMNOFLAGS);
            onePhase = cas.sendOsd(new SendOsd(Target.card(CardNumber.of("1003")), "x".repeat(120),
                    OsdPosition.BOTTOM, 10, 1, false), ORIGIN);
            xa.end(x3, XAResource.TMSUCCESS);
            xa.commit(x3, true);
            assertThat(onePhase).isNotNull();
        }
        List<Message> onQueue = broker.drain("sms.cas.commands", 2000);
        assertThat(onQueue).hasSize(2); // one message per committed transaction
        List<QueuedCommand> first = QueuedCommand.readAll(onQueue.get(0));
        assertThat(first).hasSize(1);
        QueuedCommand q = first.get(0);
        assertThat(q.id()).isEqualTo(committed);
        assertThat(q.command()).isInstanceOf(AddEntitlement.class);
        assertThat(q.origin()).isEqualTo(ORIGIN);
        assertThat(onQueue.get(0).getJMSDeliveryMode()).isEqualTo(jakarta.jms.DeliveryMode.PERSISTENT);
        assertThat(onQueue.get(0).propertyExists("JMSXGroupID")).isFalse();
        List<QueuedCommand> third = QueuedCommand.readAll(onQueue.get(1));
        assertThat(third).extracting(QueuedCommand::id).containsExactly(onePhase);
        assertThat(((SendOsd) third.get(0).command()).text()).isEqualTo("x".repeat(120));
        assertThat(onQueue).flatExtracting(QueuedCommand::readAll).extracting(QueuedCommand::id)
                .doesNotContain(rolledBack);
    }

    @Test
    void aTransactionsCommandsGoInOrderInOneMessageAndAFailedBranchSendsNothing() throws Exception {
        List<CommandId> issued = new ArrayList<>();
        try (CasConnection cas = factory.getConnection()) {
            XAResource xa = cm.created.get(0).getXAResource();
            Xid x1 = TestXid.random();
            xa.start(x1, XAResource.TMNOFLAGS);
            for (int i = 0; i < 300; i++) {
                issued.add(cas.addEntitlement(CardNumber.of("2" + (i % 7)), CasProductId.of("P" + i),
                        Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2025-02-01T00:00:00Z"), ORIGIN));
            }
            xa.end(x1, XAResource.TMSUSPEND);   // what is issued before a suspension goes out with it
            xa.start(x1, XAResource.TMRESUME);
            issued.add(cas.deactivate(CardNumber.of("20"), ORIGIN));
            xa.end(x1, XAResource.TMSUCCESS);
            xa.prepare(x1);
            xa.commit(x1, false);
            assertThat(broker.drain("sms.cas.commands", 2000)).hasSize(2)
                    .flatExtracting(QueuedCommand::readAll).extracting(QueuedCommand::id)
                    .containsExactlyElementsOf(issued);

            Xid x2 = TestXid.random();
            xa.start(x2, XAResource.TMNOFLAGS);
            cas.activate(CardNumber.of("21"), ORIGIN);
            xa.end(x2, XAResource.TMFAIL);
            xa.rollback(x2);
            CommandId alone = cas.activate(CardNumber.of("22"), ORIGIN);   // no branch: sent at once
            List<Message> after = broker.drain("sms.cas.commands", 1000);
            assertThat(after).hasSize(1);
            assertThat(after.get(0)).isInstanceOf(TextMessage.class);
            assertThat(QueuedCommand.readAll(after.get(0))).extracting(QueuedCommand::id).containsExactly(alone);
        }
    }

    @Test
    void aBatchTheBrokerCannotTakeRollsTheBranchBackAndThePoolEvictsTheConnection() throws Exception {
        CasConnection cas = factory.getConnection();
        ManagedConnection mc = cm.created.get(0);
        XAResource xa = mc.getXAResource();
        Xid x = TestXid.random();
        xa.start(x, XAResource.TMNOFLAGS);
        cas.activate(CardNumber.of("4001"), ORIGIN);   // kept for the end of the branch: nothing sent yet
        broker.server.stop();
        long deadline = System.currentTimeMillis() + 10_000;
        while (cm.events.stream().noneMatch(e -> e.getId() == ConnectionEvent.CONNECTION_ERROR_OCCURRED)
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThatThrownBy(() -> xa.end(x, XAResource.TMSUCCESS)).isInstanceOf(XAException.class)
                .hasMessageContaining("could not be queued")
                .satisfies(e -> assertThat(((XAException) e).errorCode).isEqualTo(XAException.XA_RBCOMMFAIL));
        assertThat(cm.events).anyMatch(e -> e.getId() == ConnectionEvent.CONNECTION_ERROR_OCCURRED);
        assertThat(mcf.getInvalidConnections(Set.of(mc))).containsExactly(mc);
        broker.server.start();
    }

    @Test
    void batchMessagesStayBelowTheLargeMessageSizeAndBadOnesAreRefusedWithTheReason() throws Exception {
        List<QueuedCommand> commands = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            commands.add(new QueuedCommand(CommandId.timeOrdered(), new SendOsd(Target.card(CardNumber.of("3" + i)),
                    "long text " + "y".repeat(100 + i % 50), OsdPosition.TOP, 5, 1, i % 2 == 0), ORIGIN));
        }
        try (jakarta.jms.Connection c = new org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory(broker.url)
                .createConnection()) {
            jakarta.jms.Session session = c.createSession(false, jakarta.jms.Session.AUTO_ACKNOWLEDGE);
            List<jakarta.jms.BytesMessage> batches = QueuedCommand.toBatchMessages(commands, session);
            assertThat(batches).hasSizeGreaterThan(3);
            List<QueuedCommand> back = new ArrayList<>();
            for (jakarta.jms.BytesMessage b : batches) {
                b.reset();
                assertThat(b.getBodyLength()).isLessThanOrEqualTo(QueuedCommand.BATCH_BYTES);
                back.addAll(QueuedCommand.readAll(b));
            }
            assertThat(back).isEqualTo(commands);

            jakarta.jms.BytesMessage cut = handMadeBatch(session, 2, "ACTIVATE_CARD", "card=4711");
            assertThatThrownBy(() -> QueuedCommand.readAll(cut)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("before its 2 commands");
            jakarta.jms.BytesMessage badKind = handMadeBatch(session, 1, "LAUNCH_MISSILES", "");
            assertThatThrownBy(() -> QueuedCommand.readAll(badKind)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("LAUNCH_MISSILES");
        }
    }

    /** A batch message that says it holds {@code count} commands and holds one, of the kind and fields given. */
    private static jakarta.jms.BytesMessage handMadeBatch(jakarta.jms.Session session, int count, String kind,
            String fields) throws Exception {
        jakarta.jms.BytesMessage m = session.createBytesMessage();
        m.setIntProperty("casFormat", 2);
        m.setIntProperty(QueuedCommand.COUNT, count);
        m.writeUTF(CommandId.timeOrdered().value());
        m.writeUTF(kind);
        m.writeUTF("tester");
        m.writeUTF("junit");
        byte[] body = fields.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        m.writeInt(body.length);
        m.writeBytes(body);
        m.reset();
        return m;
    }

    @Test
    void oneCachedXaResourceClosedEventsAndNoLocalTransactions() throws Exception {
        CasConnection c1 = factory.getConnection();
        ManagedConnection mc = cm.created.get(0);
        assertThat(mc.getXAResource()).isSameAs(mc.getXAResource());
        assertThatThrownBy(mc::getLocalTransaction).isInstanceOf(NotSupportedException.class);
        c1.close();
        c1.close();
        assertThat(cm.events).hasSize(1);
        assertThat(cm.events.get(0).getId()).isEqualTo(ConnectionEvent.CONNECTION_CLOSED);
        assertThat(cm.events.get(0).getConnectionHandle()).isSameAs(c1);
        assertThatThrownBy(() -> c1.activate(CardNumber.of("1"), ORIGIN)).hasMessageContaining("closed");

        CasConnection c2 = factory.getConnection();
        assertThat(cm.created).hasSize(1); // matched the existing managed connection
        c2.close();
        assertThat(mcf.matchManagedConnections(Set.of(mc), null, null)).isSameAs(mc);
        CasManagedConnectionFactory other = new CasManagedConnectionFactory();
        other.setBrokerUrl(broker.url);
        other.setCommandQueue("sms.cas.other.commands");
        assertThat(other.matchManagedConnections(Set.of(mc), null, null)).isNull();
    }

    @Test
    void brokerFailureIsReportedSoThePoolEvictsTheConnection() throws Exception {
        CasConnection c = factory.getConnection();
        ManagedConnection mc = cm.created.get(0);
        broker.server.stop();
        long deadline = System.currentTimeMillis() + 10_000;
        while (cm.events.stream().noneMatch(e -> e.getId() == ConnectionEvent.CONNECTION_ERROR_OCCURRED)
                && System.currentTimeMillis() < deadline) {
            try {
                c.activate(CardNumber.of("1"), ORIGIN);
            } catch (RuntimeException expected) {
                // the send fails too
            }
            Thread.sleep(50);
        }
        assertThat(cm.events).anyMatch(e -> e.getId() == ConnectionEvent.CONNECTION_ERROR_OCCURRED);
        assertThat(mcf.getInvalidConnections(Set.of(mc))).containsExactly(mc);
        assertThat(mcf.matchManagedConnections(Set.of(mc), null, null)).isNull();
        broker.server.start();
    }
}
