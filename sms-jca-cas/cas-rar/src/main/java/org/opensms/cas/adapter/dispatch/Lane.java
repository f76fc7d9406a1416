package org.opensms.cas.adapter.dispatch;

import jakarta.jms.BytesMessage;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
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
 * The consumer of the command queue, running as a Work on one thread that owns its JMS session.
 *
 * <ul>
 * <li><b>Order per card:</b> the queue has this one consumer, which takes messages in the order their transactions
 * committed, and the commands of a batch message in the order they were issued; the lane keeps a FIFO per ordering
 * key (the card) and has at most one command per key at the CAS at a time. A command that must wait for an earlier
 * one of its card does not hold up the others.</li>
 * <li><b>Parallel and pipelined:</b> commands of different keys are sent without waiting, up to
 * {@code maxInFlight} commands held; replies come back on the driver's threads and are handed to this
 * thread through a queue.</li>
 * <li><b>At-least-once:</b> a message is acknowledged (individually) only after the final outcome of each of its
 * commands is known and their events are committed on the event queue. If the lane dies first, the broker
 * redelivers and the CAS, which remembers command ids, answers a repeat as a duplicate, so the effect happens once
 * (and the application, which journals outcomes by command id, takes a repeated event once).</li>
 * <li><b>Events in batches:</b> events (and copies to the failed queue) are sent in a local transaction of their
 * own session, committed when {@value #EVENT_BATCH} are waiting, when the oldest has waited
 * {@value #EVENT_LINGER_MILLIS} ms, or when the lane has nothing else to do; the messages whose commands they
 * complete are acknowledged after that commit. One commit per batch instead of a synchronous durable send per
 * event, and the batch's events go as one message ({@link EventCodec#writeAll}): the broker stores, delivers and
 * acknowledges one message per batch, not one per event.</li>
 * <li><b>Retry:</b> unknown outcomes (CAS unreachable, connection lost) and transient rejections (5xx) are
 * retried with the same id after an exponential back-off, without giving the message back to the broker (so the
 * broker's redelivery limit is not consumed by CAS outages).</li>
 * <li><b>Never dropped:</b> rejections and exhausted retries are copied to the failed queue (one message per
 * command, with outcome, code and reason) and reported as an event; an unreadable message is moved there whole.</li>
 * </ul>
 */
final class Lane implements Work {

    private static final Logger LOG = Logger.getLogger(Lane.class.getName());
    /** Events sent before their transaction is committed, at most. */
    static final int EVENT_BATCH = 200;
    /** How long the oldest uncommitted event waits for others, at most (ms). */
    static final int EVENT_LINGER_MILLIS = 10;

    /** A message taken from the queue and the number of its commands still without a final outcome. */
    private static final class Held {
        final Message message;
        int open;

        Held(Message message, int open) {
            this.message = message;
            this.open = open;
        }
    }

    private static final class Pending {
        final Held held;
        final QueuedCommand command;
        final String key;
        int attempts;
        int lastCode = -1;
        String lastReason = "";
        long dueNanos;

        Pending(Held held, QueuedCommand command) {
            this.held = held;
            this.command = command;
            this.key = command.command().orderingKey();
        }
    }

    private final CasSettings settings;
    private final CasDriver driver;
    private final DispatchStats stats;
    private final Session session;
    private final Session eventSession;
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
    /** Commands taken from the queue and not yet finished with a committed event. */
    private int held;
    /** Commands finished (or unreadable messages moved) in eventSession's open transaction. */
    private int finished;
    /** Messages all of whose commands are finished in eventSession's open transaction: acknowledged after its commit. */
    private final List<Message> toAcknowledge = new ArrayList<>();
    /** The finished commands' events, sent as one message just before that commit. */
    private final List<CasEvent> toReport = new ArrayList<>();
    private long firstUncommittedNanos;

    Lane(CasSettings settings, Connection connection, CasDriver driver, DispatchStats stats)
            throws JMSException {
        this.settings = settings;
        this.driver = driver;
        this.stats = stats;
        this.session = connection.createSession(false, ActiveMQJMSConstants.INDIVIDUAL_ACKNOWLEDGE);
        this.consumer = session.createConsumer(session.createQueue(settings.commandQueue()));
        this.eventSession = connection.createSession(true, Session.SESSION_TRANSACTED);
        this.events = eventSession.createProducer(eventSession.createQueue(settings.eventQueue()));
        events.setDeliveryMode(DeliveryMode.PERSISTENT);
        this.failed = eventSession.createProducer(eventSession.createQueue(settings.failedQueue()));
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
        boolean clean = false;
        try {
            while (running) {
                for (Runnable r; (r = completions.poll()) != null; ) {
                    r.run();
                    if (finished >= EVENT_BATCH) {
                        commitEvents();
                    }
                }
                long now = System.nanoTime();
                while (!retries.isEmpty() && retries.peek().dueNanos <= now) {
                    send(retries.poll());
                }
                if (finished > 0
                        && now - firstUncommittedNanos >= TimeUnit.MILLISECONDS.toNanos(EVENT_LINGER_MILLIS)) {
                    commitEvents();
                }
                if (held < settings.maxInFlight()) {
                    Message m = held == 0 ? consumer.receive(200) : consumer.receiveNoWait();
                    if (m != null) {
                        accept(m);
                        continue;
                    }
                }
                commitEvents();   // nothing more to take now: the finished commands' events go out
                if (held > 0) {
                    Runnable r = completions.poll(waitMillis(), TimeUnit.MILLISECONDS);
                    if (r != null) {
                        r.run();
                    }
                }
            }
            clean = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (JMSException | RuntimeException e) {
            if (running) {
                LOG.log(Level.WARNING, "CAS dispatcher on " + settings.commandQueue()
                        + " failed; its unacknowledged commands return to the queue", e);
            }
        } finally {
            alive = false;
            running = false;
            if (clean) {
                try {
                    commitEvents();   // stopping: what is finished is reported, not sent to the CAS again
                } catch (JMSException e) {
                    LOG.log(Level.FINE, "events not committed at stop; their commands return to the queue", e);
                }
            }
            closeQuietly(eventSession);
            closeQuietly(session);
            stopped.countDown();
        }
    }

    private static void closeQuietly(Session s) {
        try {
            s.close();
        } catch (JMSException ignored) {
            // the connection is being closed anyway
        }
    }

    /** Commits the events sent so far, then acknowledges the messages whose commands they complete. */
    private void commitEvents() throws JMSException {
        if (finished == 0) {
            return;
        }
        if (!toReport.isEmpty()) {
            BytesMessage batch = eventSession.createBytesMessage();
            EventCodec.writeAll(toReport, batch);
            events.send(batch);
            toReport.clear();
        }
        eventSession.commit();
        for (Message m : toAcknowledge) {
            m.acknowledge();
        }
        held -= finished;
        finished = 0;
        toAcknowledge.clear();
    }

    /** One more command finished in the event transaction; its message, when given, is acknowledged after the commit. */
    private void finishedInTransaction(Message completed) {
        if (finished++ == 0) {
            firstUncommittedNanos = System.nanoTime();
        }
        if (completed != null) {
            toAcknowledge.add(completed);
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
        List<QueuedCommand> commands;
        try {
            commands = QueuedCommand.readAll(m);
        } catch (IllegalArgumentException e) {
            LOG.warning("Unreadable message on " + settings.commandQueue() + " moved to " + settings.failedQueue()
                    + ": " + e.getMessage());
            held++;
            stats.received.incrementAndGet();
            failed.send(copy(m, "UNREADABLE", -1, e.getMessage()));
            finishedInTransaction(m);
            stats.poison.incrementAndGet();
            return;
        }
        held += commands.size();
        stats.received.addAndGet(commands.size());
        Held h = new Held(m, commands.size());
        for (QueuedCommand c : commands) {
            Pending p = new Pending(h, c);
            ArrayDeque<Pending> queue = byKey.computeIfAbsent(p.key, k -> new ArrayDeque<>(2));
            queue.add(p);
            if (queue.size() == 1) {
                send(p);
            }
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
            failed.send(failedCopy(p, outcome.name(), code, reason));
            LOG.info("CAS command " + p.command.id() + " " + p.command.command().kind() + " "
                    + p.command.command().orderingKey() + " " + outcome + " " + code + " " + reason);
        }
        toReport.add(event);
        finishedInTransaction(--p.held.open == 0 ? p.held.message : null);
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

    /** The command alone, as it was queued, with its outcome, code and reason. */
    private Message failedCopy(Pending p, String outcome, int code, String reason) throws JMSException {
        Message c = p.command.toMessage(eventSession);
        if (p.held.message.propertyExists(Props.ISSUED_AT)) {
            c.setLongProperty(Props.ISSUED_AT, p.held.message.getLongProperty(Props.ISSUED_AT));
        }
        c.setStringProperty(Props.OUTCOME, outcome);
        c.setIntProperty(Props.CODE, code);
        c.setStringProperty(Props.REASON, reason == null ? "" : reason);
        return c;
    }

    /** An unreadable message as it was, with outcome, code and reason. */
    private Message copy(Message m, String outcome, int code, String reason) throws JMSException {
        Message c;
        if (m instanceof TextMessage t) {
            c = eventSession.createTextMessage(t.getText());
        } else if (m instanceof BytesMessage b) {
            BytesMessage bytes = eventSession.createBytesMessage();
            byte[] body = new byte[(int) b.getBodyLength()];
            b.reset();
            b.readBytes(body);
            bytes.writeBytes(body);
            c = bytes;
        } else {
            c = eventSession.createMessage();
        }
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
