package org.opensms.cas.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterInternalException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.lang.reflect.Method;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javax.transaction.xa.XAException;
import javax.transaction.xa.XAResource;
import javax.transaction.xa.Xid;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opensms.cas.adapter.OutboundXaTest.TestXid;
import org.opensms.cas.adapter.codec.EventCodec;
import org.opensms.cas.adapter.codec.QueuedCommand;
import org.opensms.cas.adapter.inbound.CasEventActivationSpec;
import org.opensms.cas.api.ActivateCard;
import org.opensms.cas.api.CancelEntitlement;
import org.opensms.cas.api.CardNumber;
import org.opensms.cas.api.CasEvent;
import org.opensms.cas.api.CasEventListener;
import org.opensms.cas.api.CasProductId;
import org.opensms.cas.api.CommandId;
import org.opensms.cas.api.CommandKind;
import org.opensms.cas.api.Origin;
import org.opensms.cas.emulator.CasEmulator;
import org.opensms.cas.emulator.EmulatorConfig;

/**
 * The inbound side without a container: {@link CasResourceAdapter#endpointActivation} with a fake
 * MessageEndpointFactory whose endpoints behave like a container's MDB proxy (for a transacted method:
 * {@code beforeDelivery} starts a branch on the XAResource given to {@code createEndpoint}, a system exception
 * from the bean marks it rollback-only, {@code afterDelivery} commits or rolls back).
 */
class InboundDeliveryTest {

    static final Origin ORIGIN = Origin.of("operator:alice", "console");
    static final String EVENTS = "sms.cas.events";

    /** The bean: records every call, fails a given number of times for chosen command ids. */
    static final class Bean implements CasEventListener {
        final List<CasEvent> delivered = new CopyOnWriteArrayList<>(); // returned normally
        final List<CommandId> calls = new CopyOnWriteArrayList<>();    // every invocation
        final Map<CommandId, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();

        @Override
        public void onCasEvent(CasEvent e) {
            calls.add(e.commandId());
            AtomicInteger left = failuresLeft.get(e.commandId());
            if (left != null && left.getAndDecrement() > 0) {
                throw new IllegalStateException("bean failed on " + e.commandId());
            }
            delivered.add(e);
        }

        /** A batch: taken all together, or (one event failing) none of it. */
        @Override
        public void onCasEvents(List<CasEvent> events) {
            List<CasEvent> taken = new ArrayList<>();
            for (CasEvent e : events) {
                calls.add(e.commandId());
                AtomicInteger left = failuresLeft.get(e.commandId());
                if (left != null && left.getAndDecrement() > 0) {
                    throw new IllegalStateException("bean failed on " + e.commandId());
                }
                taken.add(e);
            }
            delivered.addAll(taken);
        }

        long calls(CommandId id) {
            return calls.stream().filter(id::equals).count();
        }
    }

    /** A container's endpoint proxy, reduced to what the contract needs. */
    static final class Endpoint implements MessageEndpoint, CasEventListener {
        final Factory factory;
        final XAResource xa;
        Xid xid;
        boolean rollbackOnly;
        volatile boolean released;

        Endpoint(Factory factory, XAResource xa) {
            this.factory = factory;
            this.xa = xa;
        }

        @Override
        public void beforeDelivery(Method method) throws ResourceException {
            if (xa == null) {
                return;
            }
            xid = TestXid.random();
            rollbackOnly = false;
            try {
                xa.start(xid, XAResource.TMNOFLAGS);
            } catch (XAException e) {
                throw new ResourceException(e);
            }
        }

        @Override
        public void onCasEvent(CasEvent event) {
            if (xa != null && xid == null) {
                factory.outsideTransaction.incrementAndGet();
            }
            try {
                factory.bean.onCasEvent(event);
            } catch (RuntimeException e) {
                rollbackOnly = true; // a system exception from the bean rolls the container transaction back
                throw e;
            }
        }

        @Override
        public void onCasEvents(List<CasEvent> events) {
            factory.batches.incrementAndGet();
            if (xa != null && xid == null) {
                factory.outsideTransaction.incrementAndGet();
            }
            try {
                factory.bean.onCasEvents(events);
            } catch (RuntimeException e) {
                rollbackOnly = true;
                throw e;
            }
        }

        @Override
        public void afterDelivery() throws ResourceException {
            if (xa == null) {
                return;
            }
            try {
                xa.end(xid, rollbackOnly ? XAResource.TMFAIL : XAResource.TMSUCCESS);
                if (rollbackOnly) {
                    xa.rollback(xid);
                    factory.rollbacks.incrementAndGet();
                } else {
                    xa.commit(xid, true);
                }
            } catch (XAException e) {
                throw new ResourceException(e);
            } finally {
                xid = null;
            }
        }

        @Override
        public void release() {
            released = true;
        }
    }

    static final class Factory implements MessageEndpointFactory {
        final Bean bean = new Bean();
        final boolean transacted;
        final List<Endpoint> endpoints = new CopyOnWriteArrayList<>();
        final AtomicInteger rollbacks = new AtomicInteger();
        final AtomicInteger outsideTransaction = new AtomicInteger();
        final AtomicInteger batches = new AtomicInteger();
        final List<XAResource> xaResources = new CopyOnWriteArrayList<>();

        Factory(boolean transacted) {
            this.transacted = transacted;
        }

        @Override
        public MessageEndpoint createEndpoint(XAResource xa) {
            xaResources.add(xa == null ? NO_XA : xa);
            Endpoint e = new Endpoint(this, transacted ? xa : null);
            endpoints.add(e);
            return e;
        }

        @Override
        public MessageEndpoint createEndpoint(XAResource xa, long timeout) {
            return createEndpoint(xa);
        }

        @Override
        public boolean isDeliveryTransacted(Method method) throws NoSuchMethodException {
            assertThat(method.getName()).isIn("onCasEvent", "onCasEvents");
            return transacted;
        }

        @Override
        public String getActivationName() {
            return "CasEventBean";
        }

        @Override
        public Class<?> getEndpointClass() {
            return Bean.class;
        }
    }

    static final XAResource NO_XA = (XAResource) java.lang.reflect.Proxy.newProxyInstance(
            XAResource.class.getClassLoader(), new Class<?>[] {XAResource.class}, (p, m, a) -> null);

    TestSupport.Broker broker;
    TestSupport.Bootstrap bootstrap;
    CasResourceAdapter ra;

    @BeforeEach
    void setUp() throws Exception {
        broker = new TestSupport.Broker();
        bootstrap = new TestSupport.Bootstrap();
        ra = new CasResourceAdapter();
        ra.setBrokerUrl(broker.url);
        ra.setDispatcherEnabled(false); // as in ra.xml
        ra.setRetryInitialDelayMillis(50L);
        ra.setRetryMaxDelayMillis(400L);
        ra.start(bootstrap);
    }

    @AfterEach
    void tearDown() throws Exception {
        ra.stop();
        bootstrap.close();
        broker.close();
    }

    CasEventActivationSpec spec() throws ResourceException {
        CasEventActivationSpec s = new CasEventActivationSpec();
        s.setResourceAdapter(ra);
        s.setReceiveTimeoutMillis(100);
        s.validate();
        return s;
    }

    static CasEvent event(String card, CasEvent.Outcome outcome, int code, String reason, int attempts) {
        return new CasEvent(CommandId.random(), CommandKind.ACTIVATE_CARD, card == null ? null : CardNumber.of(card),
                outcome, code, reason, attempts, Instant.now().truncatedTo(ChronoUnit.MILLIS), ORIGIN);
    }

    void put(List<CasEvent> events) throws Exception {
        try (Connection c = broker.cf.createConnection()) {
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer p = s.createProducer(s.createQueue(EVENTS));
            for (CasEvent e : events) {
                Message m = s.createMessage();
                EventCodec.write(e, m);
                p.send(m);
            }
        }
    }

    /** The events as one batch message, as a dispatcher lane sends them. */
    void putBatch(List<CasEvent> events) throws Exception {
        try (Connection c = broker.cf.createConnection()) {
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            jakarta.jms.BytesMessage m = s.createBytesMessage();
            EventCodec.writeAll(events, m);
            s.createProducer(s.createQueue(EVENTS)).send(m);
        }
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (!condition.getAsBoolean()) {
            assertThat(System.currentTimeMillis()).as("waiting for " + what).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    List<CasEvent> threeEvents() {
        return List.of(event("1001", CasEvent.Outcome.ACCEPTED, 0, "", 1),
                event("1002", CasEvent.Outcome.REJECTED, 200, "unknown card 1002", 1),
                event(null, CasEvent.Outcome.FAILED, 503, "CAS unavailable; 200 attempts", 200));
    }

    @ParameterizedTest(name = "transacted={0}")
    @ValueSource(booleans = {false, true})
    void everyEventIsDeliveredExactlyOnceWithItsOutcomeCodeAndReason(boolean transacted) throws Exception {
        Factory f = new Factory(transacted);
        ra.endpointActivation(f, spec());
        List<CasEvent> sent = threeEvents();
        put(sent);
        await("three events", () -> f.bean.delivered.size() >= 3);
        Thread.sleep(500); // nothing more comes
        assertThat(f.bean.delivered).containsExactlyInAnyOrderElementsOf(sent); // all fields equal
        assertThat(f.bean.calls).hasSize(3);
        CasEvent rejected = f.bean.delivered.stream().filter(e -> e.code() == 200).findFirst().orElseThrow();
        assertThat(rejected.outcome()).isEqualTo(CasEvent.Outcome.REJECTED);
        assertThat(rejected.reason()).isEqualTo("unknown card 1002");
        assertThat(rejected.card()).isEqualTo(CardNumber.of("1002"));
        assertThat(rejected.origin()).isEqualTo(ORIGIN);
        if (transacted) {
            assertThat(f.xaResources).doesNotContain(NO_XA);
            assertThat(f.outsideTransaction).hasValue(0);
        }
        assertThat(broker.drain(EVENTS, 300)).as("consumed from the queue").isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aBurstOfEventsIsTakenInBatchesEachInOneTransaction() throws Exception {
        Factory f = new Factory(true);
        List<CasEvent> sent = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            sent.add(event(String.valueOf(100000 + i), CasEvent.Outcome.ACCEPTED, 0, "", 1));
        }
        put(sent);   // waiting before the activation, as after a burst
        ra.endpointActivation(f, spec());
        await("a thousand events", () -> f.bean.delivered.size() >= 1000);
        Thread.sleep(300);
        assertThat(f.bean.delivered).hasSize(1000).containsExactlyInAnyOrderElementsOf(sent);
        assertThat(f.batches.get()).as("transactions for 1000 waiting events (maxBatch 200)").isBetween(5, 20);
        assertThat(f.outsideTransaction).hasValue(0);
        assertThat(broker.drain(EVENTS, 300)).isEmpty();
    }

    @ParameterizedTest(name = "transacted={0}")
    @ValueSource(booleans = {false, true})
    void batchMessagesDeliverEveryEventOnceWithAllItsFields(boolean transacted) throws Exception {
        Factory f = new Factory(transacted);
        List<CasEvent> sent = new ArrayList<>(threeEvents());
        for (int i = 0; i < 447; i++) {
            sent.add(event(String.valueOf(200000 + i), CasEvent.Outcome.ACCEPTED, 0, "", 1));
        }
        putBatch(sent.subList(0, 200));
        putBatch(sent.subList(200, 400));
        putBatch(sent.subList(400, 450));
        ra.endpointActivation(f, spec());
        await("450 events", () -> f.bean.delivered.size() >= 450);
        Thread.sleep(300);
        assertThat(f.bean.delivered).as("every field read back, null card and reasons included")
                .hasSize(450).containsExactlyInAnyOrderElementsOf(sent);
        assertThat(f.bean.calls).hasSize(450);
        if (transacted) {
            assertThat(f.batches.get()).as("transactions for three batch messages (maxBatch 200)").isBetween(2, 3);
            assertThat(f.outsideTransaction).hasValue(0);
        }
        assertThat(broker.drain(EVENTS, 300)).isEmpty();
    }

    @ParameterizedTest(name = "transacted={0}")
    @ValueSource(booleans = {false, true})
    void anEventTheEndpointRefusesInsideABatchMessageIsRetriedWithoutLosingTheOthers(boolean transacted) throws Exception {
        Factory f = new Factory(transacted);
        List<CasEvent> sent = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            sent.add(event(String.valueOf(300000 + i), CasEvent.Outcome.ACCEPTED, 0, "", 1));
        }
        CasEvent poisoned = sent.get(70);
        f.bean.failuresLeft.put(poisoned.commandId(), new AtomicInteger(2));
        putBatch(sent);
        ra.endpointActivation(f, spec());
        await("150 successful deliveries", () -> f.bean.delivered.stream().map(CasEvent::commandId).distinct().count() >= 150);
        Thread.sleep(500);
        assertThat(f.bean.delivered).extracting(CasEvent::commandId).containsAll(sent.stream().map(CasEvent::commandId).toList());
        assertThat(f.bean.calls(poisoned.commandId())).as("two failures, then success").isEqualTo(3);
        if (transacted) {
            // the failed batch message was split into single events: after that, the poisoned one fails alone
            assertThat(f.bean.delivered).as("each event taken once").hasSize(150);
            assertThat(f.bean.calls(sent.get(0).commandId())).as("offered with the failed batch, then alone").isEqualTo(2);
            assertThat(f.bean.calls(sent.get(149).commandId())).as("after the poisoned one in the failed batch").isEqualTo(1);
            assertThat(f.rollbacks).hasValue(2);
        } else {
            assertThat(f.bean.calls(sent.get(0).commandId())).as("the message is delivered again whole").isEqualTo(3);
        }
        assertThat(broker.drain(EVENTS, 300)).isEmpty();
    }

    @ParameterizedTest(name = "transacted={0}")
    @ValueSource(booleans = {false, true})
    void aFailingEndpointGetsTheEventAgainInsteadOfLosingIt(boolean transacted) throws Exception {
        Factory f = new Factory(transacted);
        List<CasEvent> sent = threeEvents();
        CasEvent poisoned = sent.get(1);
        f.bean.failuresLeft.put(poisoned.commandId(), new AtomicInteger(2));
        ra.endpointActivation(f, spec());
        put(sent);
        await("three successful deliveries", () -> f.bean.delivered.size() >= 3);
        Thread.sleep(500);
        assertThat(f.bean.delivered).containsExactlyInAnyOrderElementsOf(sent);
        assertThat(f.bean.calls(poisoned.commandId())).as("two failures, then success").isEqualTo(3);
        if (transacted) {
            // batched: an event that shared the failed batch with the poisoned one is offered again (and taken once)
            assertThat(f.bean.calls(sent.get(0).commandId())).isBetween(1L, 2L);
            assertThat(f.rollbacks).hasValue(2);
        } else {
            assertThat(f.bean.calls(sent.get(0).commandId())).isEqualTo(1);
        }
        assertThat(f.bean.calls(sent.get(2).commandId())).isEqualTo(1);
        assertThat(broker.drain(EVENTS, 300)).isEmpty();
    }

    @ParameterizedTest(name = "transacted={0}")
    @ValueSource(booleans = {false, true})
    void anUnreadableEventIsMovedAsideNotRetriedForeverNorSilentlyLost(boolean transacted) throws Exception {
        Factory f = new Factory(transacted);
        ra.endpointActivation(f, spec());
        CasEvent good = event("1001", CasEvent.Outcome.ACCEPTED, 0, "", 1);
        try (Connection c = broker.cf.createConnection()) {
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer p = s.createProducer(s.createQueue(EVENTS));
            Message bad = s.createMessage();
            bad.setStringProperty("commandId", "not-a-uuid");
            bad.setStringProperty("kind", "ACTIVATE_CARD");
            p.send(bad);
            Message m = s.createMessage();
            EventCodec.write(good, m);
            p.send(m);
        }
        await("the good event", () -> f.bean.delivered.size() == 1);
        Thread.sleep(500);
        assertThat(f.bean.calls).containsExactly(good.commandId());
        List<Message> aside = broker.drain(EVENTS + ".unreadable", 2000);
        assertThat(aside).hasSize(1);
        assertThat(aside.get(0).getStringProperty("commandId")).isEqualTo("not-a-uuid");
        assertThat(aside.get(0).getStringProperty("reason")).contains("not-a-uuid");
        assertThat(aside.get(0).getIntProperty("JMSXDeliveryCount")).isEqualTo(1);
        assertThat(broker.drain(EVENTS, 300)).isEmpty();
    }

    @Test
    void eventsMadeByTheDispatcherFromCommandsReachTheEndpoint() throws Exception {
        try (CasEmulator cas = CasEmulator.start(EmulatorConfig.forTests().user("sms").password("pw"))) {
            cas.provision("1001");
            ra.stop();
            ra = TestSupport.onTestCas(new CasResourceAdapter(), broker.url, cas.port());
            ra.setDispatcherEnabled(true);
            ra.start(bootstrap);
            Factory f = new Factory(true);
            ra.endpointActivation(f, spec());

            CommandId ok = CommandId.random();
            CommandId unknownCard = CommandId.random();
            CommandId noEntitlement = CommandId.random();
            try (Connection c = broker.cf.createConnection()) {
                Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
                MessageProducer p = s.createProducer(s.createQueue("sms.cas.commands"));
                p.send(new QueuedCommand(ok, new ActivateCard(CardNumber.of("1001")), ORIGIN).toMessage(s));
                p.send(new QueuedCommand(unknownCard, new ActivateCard(CardNumber.of("9999")), ORIGIN).toMessage(s));
                p.send(new QueuedCommand(noEntitlement, new CancelEntitlement(CardNumber.of("1001"),
                        CasProductId.of("NONE")), ORIGIN).toMessage(s));
            }
            await("three outcomes", () -> f.bean.delivered.size() >= 3);
            Thread.sleep(500);
            assertThat(f.bean.delivered).extracting(CasEvent::commandId)
                    .containsExactlyInAnyOrder(ok, unknownCard, noEntitlement);
            Map<CommandId, CasEvent> byId = new ConcurrentHashMap<>();
            f.bean.delivered.forEach(e -> byId.put(e.commandId(), e));
            assertThat(byId.get(ok).outcome()).isEqualTo(CasEvent.Outcome.ACCEPTED);
            assertThat(byId.get(ok).code()).isZero();
            assertThat(byId.get(ok).reason()).isEmpty();
            assertThat(byId.get(ok).kind()).isEqualTo(CommandKind.ACTIVATE_CARD);
            assertThat(byId.get(ok).origin()).isEqualTo(ORIGIN);
            assertThat(byId.get(unknownCard).outcome()).isEqualTo(CasEvent.Outcome.REJECTED);
            assertThat(byId.get(unknownCard).code()).isEqualTo(200);
            assertThat(byId.get(unknownCard).reason()).isNotBlank();
            assertThat(byId.get(unknownCard).card()).isEqualTo(CardNumber.of("9999"));
            assertThat(byId.get(noEntitlement).outcome()).isEqualTo(CasEvent.Outcome.REJECTED);
            assertThat(byId.get(noEntitlement).code()).isEqualTo(205);
            assertThat(byId.get(noEntitlement).kind()).isEqualTo(CommandKind.CANCEL_ENTITLEMENT);
        }
    }

    @Test
    void afterDeactivationEventsStayOnTheQueueAndTheEndpointIsReleased() throws Exception {
        Factory f = new Factory(true);
        CasEventActivationSpec spec = spec();
        ra.endpointActivation(f, spec);
        put(List.of(event("1001", CasEvent.Outcome.ACCEPTED, 0, "", 1)));
        await("first event", () -> f.bean.delivered.size() == 1);
        ra.endpointDeactivation(f, spec);
        await("endpoint released", () -> f.endpoints.stream().allMatch(e -> e.released));
        CasEvent later = event("1002", CasEvent.Outcome.ACCEPTED, 0, "", 1);
        put(List.of(later));
        Thread.sleep(500);
        assertThat(f.bean.delivered).hasSize(1);
        List<Message> left = broker.drain(EVENTS, 2000);
        assertThat(left).hasSize(1);
        assertThat(EventCodec.read(left.get(0))).isEqualTo(later);
    }

    @Test
    void activationSpecEventQueueOverridesTheAdapters() throws Exception {
        Factory f = new Factory(false);
        CasEventActivationSpec spec = spec();
        spec.setEventQueue(" sms.cas.north.events ");
        ra.endpointActivation(f, spec);
        CasEvent e = event("1001", CasEvent.Outcome.ACCEPTED, 0, "", 1);
        try (Connection c = broker.cf.createConnection()) {
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Message m = s.createMessage();
            EventCodec.write(e, m);
            s.createProducer(s.createQueue("sms.cas.north.events")).send(m);
        }
        await("event from the activation's queue", () -> f.bean.delivered.size() == 1);
        assertThat(f.bean.delivered).containsExactly(e);
    }

    @Test
    void activationIsRefusedForAForeignSpecOrBeforeStart() throws Exception {
        ActivationSpec foreign = new ActivationSpec() {
            @Override
            public void validate() {
            }

            @Override
            public ResourceAdapter getResourceAdapter() {
                return ra;
            }

            @Override
            public void setResourceAdapter(ResourceAdapter r) {
            }
        };
        assertThatThrownBy(() -> ra.endpointActivation(new Factory(false), foreign))
                .isInstanceOf(NotSupportedException.class);
        CasResourceAdapter notStarted = new CasResourceAdapter();
        assertThatThrownBy(() -> notStarted.endpointActivation(new Factory(false), spec()))
                .isInstanceOf(ResourceAdapterInternalException.class).hasMessageContaining("not started");
        CasEventActivationSpec bad = new CasEventActivationSpec();
        bad.setReceiveTimeoutMillis(0);
        assertThatThrownBy(bad::validate).hasMessageContaining("receiveTimeoutMillis");
    }
}
