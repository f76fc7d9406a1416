package org.opensms.cas.adapter.dispatch;

import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.resource.spi.work.Work;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.activemq.artemis.api.jms.ActiveMQJMSConstants;
import org.opensms.cas.adapter.CasSettings;
import org.opensms.cas.adapter.codec.EventCodec;
import org.opensms.cas.adapter.codec.Props;
import org.opensms.cas.adapter.codec.QueuedCommand;
import org.opensms.cas.adapter.driver.CasDriver;
import org.opensms.cas.adapter.driver.CasReply;
import org.opensms.cas.api.CasEvent;
import org.opensms.cas.api.CasEvent.Outcome;

/**
 * One consumer of the command queue, running as a Work on one thread that owns its JMS session.
 *
 * <ul>
 * <li><b>Order per card:</b> the broker gives all messages of one group (JMSXGroupID = card) to one consumer, in
 * order; the lane keeps a FIFO per ordering key and has at most one command per key at the CAS at a time.</li>
 * <li><b>Parallel and pipelined:</b> commands of different keys are sent without waiting, up to
 * {@code maxInFlight} held messages; replies come back on the driver's threads and are handed to this
 * thread through a queue.</li>
 * <li><b>At-least-once:</b> a message is acknowledged (individually) only after its final outcome is known and
 * its event is on the event queue. If the lane dies first, the broker redelivers and the CAS, which remembers
 * command ids, answers the repeat as a duplicate, so the effect happens once.</li>
 * <li><b>Retry:</b> unknown outcomes (CAS unreachable, connection lost) and transient rejections (5xx) are
 * retried with the same id after an exponential back-off, without giving the message back to the broker (so the
 * broker's redelivery limit is not consumed by CAS outages).</li>
 * <li><b>Never dropped:</b> rejections and exhausted retries are copied to the failed queue with outcome, code
 * and reason, and reported as an event.</li>
 * </ul>
 */
final class Lane implements Work {

    private static final Logger LOG = Logger.getLogger(Lane.class.getName());

    private static final class Pending {
        final Message message;
        final QueuedCommand command;
        final String key;
        int attempts;
        int lastCode = -1;
        String lastReason = "";
        long dueNanos;

        Pending(Message message, QueuedCommand command) {
            this.message = message;
            this.command = command;
            this.key = command.command().orderingKey();
        }
    }

    private final int index;
    private final CasSettings settings;
    private final CasDriver driver;
    private final DispatchStats stats;
    private final Session session;
    private final MessageConsumer consumer;
    private final MessageProducer events;
    private final MessageProducer failed;
    private final LinkedBlockingQueue<Runnable> completions = new LinkedBlockingQueue<>();
    private final Map<String, ArrayDeque<Pending>> byKey = new HashMap<>();
    private final PriorityQueue<Pending> retries = new PriorityQueue<>(
            (a, b) -> Long.compare(a.dueNanos, b.dueNanos));
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running = true;
    private volatile boolean alive = true;
    private int held;

    Lane(int index, CasSettings settings, Connection connection, CasDriver driver, DispatchStats stats)
            throws JMSException {
        this.index = index;
        this.settings = settings;
        this.driver = driver;
        this.stats = stats;
        this.session = connection.createSession(false, ActiveMQJMSConstants.INDIVIDUAL_ACKNOWLEDGE);
        this.consumer = session.createConsumer(session.createQueue(settings.commandQueue()));
        this.events = session.createProducer(session.createQueue(settings.eventQueue()));
        events.setDeliveryMode(DeliveryMode.PERSISTENT);
        this.failed = session.createProducer(session.createQueue(settings.failedQueue()));
        failed.setDeliveryMode(DeliveryMode.PERSISTENT);
    }

    boolean isAlive() {
        return alive;
    }

    void stop() {
        running = false;
    }

    void awaitStopped(long time, TimeUnit unit) {
        try {
            stopped.await(time, unit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void release() {
        stop();
    }

    @Override
    public void run() {
        try {
            while (running) {
                for (Runnable r; (r = completions.poll()) != null; ) {
                    r.run();
                }
                long now = System.nanoTime();
                while (!retries.isEmpty() && retries.peek().dueNanos <= now) {
                    send(retries.poll());
                }
                if (held < settings.maxInFlight()) {
                    Message m = held == 0 ? consumer.receive(200) : consumer.receiveNoWait();
                    if (m != null) {
                        accept(m);
                        continue;
                    }
                }
                if (held > 0) {
                    Runnable r = completions.poll(waitMillis(), TimeUnit.MILLISECONDS);
                    if (r != null) {
                        r.run();
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (JMSException | RuntimeException e) {
            if (running) {
                LOG.log(Level.WARNING, "CAS dispatcher lane " + index + " on " + settings.commandQueue()
                        + " failed; its unacknowledged commands return to the queue", e);
            }
        } finally {
            alive = false;
            running = false;
            try {
                session.close();
            } catch (JMSException ignored) {
                // the connection is being closed anyway
            }
            stopped.countDown();
        }
    }

    private long waitMillis() {
        if (retries.isEmpty()) {
            return 2;
        }
        long untilRetry = TimeUnit.NANOSECONDS.toMillis(retries.peek().dueNanos - System.nanoTime());
        return Math.max(0, Math.min(2, untilRetry));
    }

    private void accept(Message m) throws JMSException {
        held++;
        stats.received.incrementAndGet();
        QueuedCommand c;
        try {
            c = QueuedCommand.fromMessage(m);
        } catch (IllegalArgumentException e) {
            LOG.warning("Unreadable message on " + settings.commandQueue() + " moved to " + settings.failedQueue()
                    + ": " + e.getMessage());
            failed.send(copy(m, "UNREADABLE", -1, e.getMessage()));
            m.acknowledge();
            held--;
            stats.poison.incrementAndGet();
            return;
        }
        Pending p = new Pending(m, c);
        ArrayDeque<Pending> queue = byKey.computeIfAbsent(p.key, k -> new ArrayDeque<>(2));
        queue.add(p);
        if (queue.size() == 1) {
            send(p);
        }
    }

    private void send(Pending p) {
        p.attempts++;
        driver.send(p.command.id(), p.command.command())
                .whenComplete((reply, error) -> completions.add(() -> onReply(p, reply, error)));
    }

    private void onReply(Pending p, CasReply reply, Throwable error) {
        if (!running) {
            return; // the session is closing: the message goes back to the queue and is sent again
        }
        try {
            if (error != null || reply.isTransient()) {
                p.lastCode = error != null ? -1 : reply.code();
                p.lastReason = error != null ? String.valueOf(error.getMessage()) : reply.reason();
                if (settings.maxAttempts() > 0 && p.attempts >= settings.maxAttempts()) {
                    finish(p, Outcome.FAILED, p.lastCode, "gave up after " + p.attempts + " attempts: " + p.lastReason);
                } else {
                    long delay = backoff(p.attempts);
                    p.dueNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(delay);
                    retries.add(p);
                    stats.retries.incrementAndGet();
                    LOG.fine(() -> "retrying " + p.command.id() + " in " + delay + " ms: " + p.lastReason);
                }
            } else if (reply.accepted()) {
                finish(p, Outcome.ACCEPTED, 0, "");
            } else {
                finish(p, Outcome.REJECTED, reply.code(), reply.reason());
            }
        } catch (JMSException e) {
            throw new IllegalStateException("broker session failed: " + e.getMessage(), e);
        }
    }

    long backoff(int attempts) {
        long d = settings.retryInitialDelayMillis() << Math.min(20, Math.max(0, attempts - 1));
        return Math.min(d, settings.retryMaxDelayMillis());
    }

    private void finish(Pending p, Outcome outcome, int code, String reason) throws JMSException {
        CasEvent event = new CasEvent(p.command.id(), p.command.command().kind(), p.command.card(), outcome, code,
                reason, p.attempts, Instant.now(), p.command.origin());
        if (outcome != Outcome.ACCEPTED) {
            failed.send(copy(p.message, outcome.name(), code, reason));
            LOG.info("CAS command " + p.command.id() + " " + p.command.command().kind() + " "
                    + p.command.command().orderingKey() + " " + outcome + " " + code + " " + reason);
        }
        Message e = session.createMessage();
        EventCodec.write(event, e);
        e.setStringProperty(Props.GROUP_ID, p.key);
        events.send(e);
        p.message.acknowledge();
        held--;
        (outcome == Outcome.ACCEPTED ? stats.accepted : outcome == Outcome.REJECTED ? stats.rejected : stats.failed)
                .incrementAndGet();
        ArrayDeque<Pending> queue = byKey.get(p.key);
        queue.poll();
        if (queue.isEmpty()) {
            byKey.remove(p.key);
        } else {
            send(queue.peek());
        }
    }

    private Message copy(Message m, String outcome, int code, String reason) throws JMSException {
        Message c = m instanceof TextMessage t ? session.createTextMessage(t.getText()) : session.createMessage();
        for (Object name : Collections.list(m.getPropertyNames())) {
            String n = (String) name;
            if (!n.startsWith("JMSX") && !n.startsWith("_")) {
                c.setObjectProperty(n, m.getObjectProperty(n));
            }
        }
        c.setStringProperty(Props.OUTCOME, outcome);
        c.setIntProperty(Props.CODE, code);
        c.setStringProperty(Props.REASON, reason == null ? "" : reason);
        return c;
    }
}
