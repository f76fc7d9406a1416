package org.opensms.cas.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensms.cas.adapter.codec.EventCodec;
import org.opensms.cas.adapter.codec.QueuedCommand;
import org.opensms.cas.adapter.dispatch.DispatchStats;
import org.opensms.cas.api.ActivateCard;
import org.opensms.cas.api.AddEntitlement;
import org.opensms.cas.api.CancelEntitlement;
import org.opensms.cas.api.CardNumber;
import org.opensms.cas.api.CasCommand;
import org.opensms.cas.api.CasEvent;
import org.opensms.cas.api.CasProductId;
import org.opensms.cas.api.CommandId;
import org.opensms.cas.api.DeactivateCard;
import org.opensms.cas.api.Origin;
import org.opensms.cas.emulator.CasEmulator;
import org.opensms.cas.emulator.EmulatorConfig;

/** The dispatcher against the real CAS emulator over a real socket, with an embedded broker. */
class DispatcherEmulatorTest {

    static final Origin ORIGIN = Origin.of("tester", "junit");
    static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    static final Instant T1 = Instant.parse("2026-01-01T00:00:00Z");

    TestSupport.Broker broker;
    TestSupport.Bootstrap bootstrap;
    CasEmulator cas;
    CasResourceAdapter ra;

    @BeforeEach
    void setUp() throws Exception {
        broker = new TestSupport.Broker();
        bootstrap = new TestSupport.Bootstrap();
        cas = CasEmulator.start(EmulatorConfig.forTests().user("sms").password("pw"));
        ra = adapter();
    }

    /** A resource adapter (one server's) on the test broker and CAS. */
    CasResourceAdapter adapter() {
        return TestSupport.onTestCas(new CasResourceAdapter(), broker.url, cas.port());
    }

    @AfterEach
    void tearDown() throws Exception {
        ra.stop();
        bootstrap.close();
        cas.close();
        broker.close();
    }

    List<CommandId> enqueue(List<CasCommand> commands) throws Exception {
        return enqueue("sms.cas.commands", commands);
    }

    /**
     * Queues the commands in order, in both forms a connection sends: runs of 100 alternately as one batch message
     * (a transaction's commands) and as messages alone (commands issued outside a transaction).
     */
    List<CommandId> enqueue(String queue, List<CasCommand> commands) throws Exception {
        List<CommandId> ids = new ArrayList<>();
        try (Connection c = broker.cf.createConnection()) {
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer p = s.createProducer(s.createQueue(queue));
            for (int from = 0; from < commands.size(); from += 100) {
                List<QueuedCommand> run = new ArrayList<>();
                for (CasCommand cmd : commands.subList(from, Math.min(commands.size(), from + 100))) {
                    CommandId id = CommandId.timeOrdered();
                    run.add(new QueuedCommand(id, cmd, ORIGIN));
                    ids.add(id);
                }
                if (from / 100 % 2 == 0) {
                    for (Message m : QueuedCommand.toBatchMessages(run, s)) {
                        p.send(m);
                    }
                } else {
                    for (QueuedCommand q : run) {
                        p.send(q.toMessage(s));
                    }
                }
            }
        }
        return ids;
    }

    List<CasEvent> events(int expected, long timeoutMs) throws Exception {
        List<CasEvent> out = new ArrayList<>();
        long deadline = System.currentTimeMillis() + timeoutMs;
        try (Connection c = broker.cf.createConnection()) {
            c.start();
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            var consumer = s.createConsumer(s.createQueue("sms.cas.events"));
            while (out.size() < expected && System.currentTimeMillis() < deadline) {
                Message m = consumer.receive(200);
                if (m != null) {
                    out.addAll(EventCodec.readAll(m));
                }
            }
        }
        return out;
    }

    /** Five commands per card whose outcome depends on their order (cancel before add would be rejected). */
    static List<CasCommand> orderedWorkload(int cards) {
        List<CasCommand> cmds = new ArrayList<>();
        for (int step = 0; step < 5; step++) {
            for (int i = 0; i < cards; i++) {
                CardNumber card = CardNumber.of(String.format("C%05d", i));
                cmds.add(switch (step) {
                    case 0 -> new ActivateCard(card);
                    case 1 -> new AddEntitlement(card, CasProductId.of("P1"), T0, T1);
                    case 2 -> new CancelEntitlement(card, CasProductId.of("P1"));
                    case 3 -> new AddEntitlement(card, CasProductId.of("P2"), T0, T1);
                    default -> new DeactivateCard(card);
                });
            }
        }
        return cmds;
    }

    static String[] cardNumbers(int cards) {
        String[] n = new String[cards];
        for (int i = 0; i < cards; i++) {
            n[i] = String.format("C%05d", i);
        }
        return n;
    }

    @Test
    void keepsOrderPerCardUnderParallelPipelinedDispatch() throws Exception {
        int cards = 1000;
        cas.provision(cardNumbers(cards));
        List<CasCommand> work = orderedWorkload(cards);
        enqueue(work);
        long t = System.nanoTime();
        ra.start(bootstrap);
        List<CasEvent> events = events(work.size(), 60_000);
        double seconds = (System.nanoTime() - t) / 1e9;
        System.out.printf("dispatched %d commands in %.2f s (%.0f/s, including broker and CAS start)%n",
                events.size(), seconds, events.size() / seconds);
        assertThat(events).hasSize(work.size());
        assertThat(events).allMatch(e -> e.outcome() == CasEvent.Outcome.ACCEPTED);
        for (String n : cardNumbers(cards)) {
            var card = cas.card(n).orElseThrow();
            assertThat(card.active()).as(n).isFalse();
            assertThat(card.entitlements()).as(n).hasSize(1);
            assertThat(card.entitlements().get(0).productId()).isEqualTo("P2");
        }
        assertThat(cas.stats().accepted()).isEqualTo(work.size());
        assertThat(cas.stats().rejected()).isZero();
    }

    /**
     * A cluster: two servers dispatch from one command queue. The queue is exclusive, so only the first server's lane
     * takes commands; when that server stops mid-stream, the second's lane takes over from the first unacknowledged
     * command. Every card's order-dependent commands are applied in order (none rejected) and each exactly once.
     */
    @Test
    void twoServersOnOneQueueDispatchOneAtATimeAndTheSecondTakesOverInOrder() throws Exception {
        int cards = 1000;
        cas.provision(cardNumbers(cards));
        ra.setMaxInFlight(50);
        CasResourceAdapter second = adapter();
        second.setMaxInFlight(50);
        try (TestSupport.Bootstrap secondBootstrap = new TestSupport.Bootstrap()) {
            cas.faults().refuseConnections(true); // nothing is applied until every command is queued
            ra.start(bootstrap);
            Thread.sleep(500); // the first server's lane creates the queue (exclusive) and is its consumer
            assertThat(exclusive("sms.cas.commands")).isTrue();
            second.start(secondBootstrap);
            Thread.sleep(500);
            List<CasCommand> work = orderedWorkload(cards);
            List<CommandId> ids = enqueue(work);
            cas.faults().delayAcks(50); // a CAS slow enough (about 5 s for the lot) that the stop comes mid-stream
            cas.faults().refuseConnections(false);
            long deadline = System.currentTimeMillis() + 30_000;
            while (cas.stats().accepted() < work.size() / 3 && System.currentTimeMillis() < deadline) {
                Thread.sleep(5);
            }
            DispatchStats first = ra.dispatcher(broker.url, "sms.cas.commands").stats();
            DispatchStats other = second.dispatcher(broker.url, "sms.cas.commands").stats();
            long secondBeforeStop = other.received();
            long firstBeforeStop = first.received();
            ra.stop(); // the first server goes: its unacknowledged commands return to the queue, to the second's lane
            List<CasEvent> events = events(work.size(), 60_000);
            // a command whose event was committed just before the stop, but not yet acknowledged, is sent again
            events.addAll(events(work.size(), 1_000));
            System.out.printf("two servers: the first took %d commands, the second %d after the first stopped;"
                    + " the CAS answered %d repeated ids%n", firstBeforeStop, other.received(), cas.stats().duplicates());
            assertThat(secondBeforeStop).as("the second server's lane took nothing while the first's ran").isZero();
            assertThat(firstBeforeStop).isPositive();
            assertThat(other.received()).as("the second server took over").isPositive();
            assertThat(events).allMatch(e -> e.outcome() == CasEvent.Outcome.ACCEPTED);
            assertThat(events.stream().map(CasEvent::commandId).distinct().toList()).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(cas.stats().rejected()).as("no command overtook an earlier one of its card").isZero();
            assertThat(cas.stats().accepted()).as("each applied once").isEqualTo(work.size());
            for (String n : cardNumbers(cards)) {
                var card = cas.card(n).orElseThrow();
                assertThat(card.active()).as(n).isFalse();
                assertThat(card.entitlements()).as(n).hasSize(1);
                assertThat(card.entitlements().get(0).productId()).isEqualTo("P2");
            }
        } finally {
            second.stop();
        }
    }

    /** Whether the broker has the queue exclusive. */
    boolean exclusive(String queue) throws Exception {
        try (Connection c = broker.cf.createConnection()) {
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            var q = ((org.apache.activemq.artemis.jms.client.ActiveMQSession) s).getCoreSession()
                    .queueQuery(org.apache.activemq.artemis.api.core.SimpleString.of(queue));
            return q.isExists() && Boolean.TRUE.equals(q.isExclusive());
        }
    }

    /** A command queue auto-created by a producer on a broker without the setting is made exclusive before dispatch. */
    @Test
    void aCommandQueueThatIsNotExclusiveIsMadeExclusiveBeforeDispatch() throws Exception {
        cas.provision("C00000");
        enqueue(List.of(new ActivateCard(CardNumber.of("C00000"))));
        assertThat(exclusive("sms.cas.commands")).as("auto-created by the first send").isFalse();
        ra.start(bootstrap);
        assertThat(events(1, 10_000)).singleElement().matches(e -> e.outcome() == CasEvent.Outcome.ACCEPTED);
        assertThat(exclusive("sms.cas.commands")).isTrue();
    }

    /** Multi-CAS: one connection factory per CAS, each with its own command queue; outcomes share the event queue. */
    @Test
    void twoCasInstancesEachDrainTheirOwnQueueAndShareTheEventQueue() throws Exception {
        try (CasEmulator south = CasEmulator.start(EmulatorConfig.forTests().user("sms").password("pw"))) {
            List<CasCommand> northWork = new ArrayList<>();
            List<CasCommand> southWork = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                cas.provision("N" + i);
                south.provision("S" + i);
                northWork.add(new ActivateCard(CardNumber.of("N" + i)));
                southWork.add(new ActivateCard(CardNumber.of("S" + i)));
            }
            ra.start(bootstrap);
            factoryFor("sms.cas.north.commands", cas.port()).setResourceAdapter(ra);
            factoryFor("sms.cas.south.commands", south.port()).setResourceAdapter(ra);
            enqueue("sms.cas.north.commands", northWork);
            enqueue("sms.cas.south.commands", southWork);
            List<CasEvent> events = events(100, 30_000);
            assertThat(events).hasSize(100).allMatch(e -> e.outcome() == CasEvent.Outcome.ACCEPTED);
            for (int i = 0; i < 50; i++) {
                assertThat(cas.card("N" + i).orElseThrow().active()).isTrue();
                assertThat(south.card("S" + i).orElseThrow().active()).isTrue();
                assertThat(cas.card("S" + i)).as("the north CAS never hears of the south's cards").isEmpty();
                assertThat(south.card("N" + i)).isEmpty();
            }
            assertThat(cas.stats().accepted()).isEqualTo(50);
            assertThat(south.stats().accepted()).isEqualTo(50);
        }
    }

    private org.opensms.cas.adapter.outbound.CasManagedConnectionFactory factoryFor(String queue, int casPort) {
        var f = TestSupport.onTestCas(new org.opensms.cas.adapter.outbound.CasManagedConnectionFactory(), broker.url, casPort);
        f.setCommandQueue(queue);
        f.setDispatcherEnabled(true);
        return f;
    }

    @Test
    void casDownForAWhileThenUpEverythingArrivesOnce() throws Exception {
        int cards = 100;
        cas.provision(cardNumbers(cards));
        cas.faults().refuseConnections(true);
        List<CasCommand> work = orderedWorkload(cards);
        enqueue(work);
        ra.start(bootstrap);
        Thread.sleep(1500);
        assertThat(cas.stats().accepted()).isZero();
        cas.faults().refuseConnections(false);
        List<CasEvent> half = events(work.size() / 2, 30_000);
        cas.dropAllConnections(); // lose the connection mid-stream: unknown outcomes are retried with the same id
        List<CasEvent> rest = events(work.size() - half.size(), 30_000);
        assertThat(half.size() + rest.size()).isEqualTo(work.size());
        assertThat(half).allMatch(e -> e.outcome() == CasEvent.Outcome.ACCEPTED);
        assertThat(rest).allMatch(e -> e.outcome() == CasEvent.Outcome.ACCEPTED);
        assertThat(cas.stats().accepted()).isEqualTo(work.size()); // each applied exactly once
        assertThat(cas.stats().rejected()).isZero();
        for (String n : cardNumbers(cards)) {
            assertThat(cas.card(n).orElseThrow().entitlements()).hasSize(1);
        }
        assertThat(ra.dispatcher(broker.url, "sms.cas.commands").stats().retries()).isPositive();
    }

    @Test
    void rejectionIsReportedWithReasonAndKeptOnTheFailedQueue() throws Exception {
        cas.provision("R1");
        List<CommandId> ids = enqueue(List.of(new ActivateCard(CardNumber.of("UNKNOWN1")),
                new CancelEntitlement(CardNumber.of("R1"), CasProductId.of("NONE"))));
        cas.faults().rejectNext(2, 503, "maintenance");
        ra.start(bootstrap);
        List<CasEvent> events = events(2, 20_000);
        assertThat(events).hasSize(2);
        CasEvent unknown = events.stream().filter(e -> e.commandId().equals(ids.get(0))).findFirst().orElseThrow();
        assertThat(unknown.outcome()).isEqualTo(CasEvent.Outcome.REJECTED);
        assertThat(unknown.code()).isEqualTo(200);
        assertThat(unknown.reason()).isNotBlank();
        assertThat(unknown.origin()).isEqualTo(ORIGIN);
        CasEvent noEnt = events.stream().filter(e -> e.commandId().equals(ids.get(1))).findFirst().orElseThrow();
        assertThat(noEnt.code()).isEqualTo(205);
        assertThat(noEnt.card()).isEqualTo(CardNumber.of("R1"));
        assertThat(events).allMatch(e -> e.attempts() >= 1);
        assertThat(events.stream().mapToInt(CasEvent::attempts).sum()).isGreaterThanOrEqualTo(4); // 503s retried
        List<Message> failed = broker.drain("sms.cas.commands.failed", 2000);
        assertThat(failed).hasSize(2); // one per command, though both came in one batch message
        assertThat(failed).flatExtracting(QueuedCommand::readAll).extracting(QueuedCommand::id)
                .containsExactlyInAnyOrderElementsOf(ids);
        assertThat(failed).allMatch(m -> {
            try {
                return "REJECTED".equals(m.getStringProperty("outcome")) && !m.getStringProperty("reason").isEmpty();
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
    }
}
