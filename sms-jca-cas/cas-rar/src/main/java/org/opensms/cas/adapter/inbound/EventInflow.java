package org.opensms.cas.adapter.inbound;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.XAConnection;
import jakarta.jms.XASession;
import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import org.opensms.cas.adapter.ReleasableWork;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.activemq.artemis.jms.client.ActiveMQXAConnectionFactory;
import org.opensms.cas.adapter.codec.EventCodec;
import org.opensms.cas.api.CasEvent;
import org.opensms.cas.api.CasEventListener;

/**
 * Delivers the event queue to one activated endpoint (Jakarta Connectors 2.1, chapter 13), as a Work. When the
 * endpoint's {@code onCasEvent} is transacted (container-managed, Required), the broker's XA session is the
 * endpoint's XAResource (section 13.5.4): {@code beforeDelivery} starts the transaction and enlists it, the
 * message is received and delivered inside it, {@code afterDelivery} commits — so the consumption of the event
 * and the bean's database work commit or roll back together; a rollback makes the broker deliver the event
 * again. Without a transaction the message is acknowledged after the bean returned normally.
 * The broker being unreachable is retried with back-off; nothing is thrown to the server.
 */
public final class EventInflow extends ReleasableWork {

    private static final Logger LOG = Logger.getLogger(EventInflow.class.getName());
    /** Suffix of the queue that receives event messages that cannot be read (next to the event queue). */
    public static final String UNREADABLE_SUFFIX = ".unreadable";
    static final Method ON_CAS_EVENT;
    static final Method ON_CAS_EVENTS;
    /** How long a batch waits for more events once it has one (ms): short, so that a lone outcome is not held up. */
    static final int BATCH_LINGER_MILLIS = 5;

    static {
        try {
            ON_CAS_EVENT = CasEventListener.class.getMethod("onCasEvent", CasEvent.class);
            ON_CAS_EVENTS = CasEventListener.class.getMethod("onCasEvents", List.class);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final MessageEndpointFactory factory;
    private final String brokerUrl;
    private final String user;
    private final String password;
    private final String queue;
    private final int receiveTimeout;
    private final int maxBatch;
    private final long retryInitial;
    private final long retryMax;

    public EventInflow(MessageEndpointFactory factory, String brokerUrl, String user, String password, String queue,
                       int receiveTimeout, int maxBatch, long retryInitial, long retryMax) {
        this.factory = factory;
        this.brokerUrl = brokerUrl;
        this.user = user == null || user.isEmpty() ? null : user;
        this.password = this.user == null ? null : password;
        this.queue = queue;
        this.receiveTimeout = receiveTimeout;
        this.maxBatch = maxBatch;
        this.retryInitial = retryInitial;
        this.retryMax = retryMax;
    }

    public MessageEndpointFactory factory() {
        return factory;
    }

    @Override
    protected void work() {
        long delay = retryInitial;
        boolean warned = false;
        try {
            while (running) {
                ActiveMQXAConnectionFactory cf = new ActiveMQXAConnectionFactory(brokerUrl);
                cf.setReconnectAttempts(0);
                // no client-side buffer: the broker hands an event over only when receive() asks for it, so a
                // consumer that stopped reading can never sit on events
                cf.setConsumerWindowSize(0);
                XAConnection connection = null;
                MessageEndpoint endpoint = null;
                try {
                    connection = cf.createXAConnection(user, password);
                    boolean transacted = factory.isDeliveryTransacted(ON_CAS_EVENTS);
                    connection.start();
                    if (transacted) {
                        XASession xa = connection.createXASession();
                        MessageConsumer consumer = xa.getSession().createConsumer(xa.getSession().createQueue(queue));
                        endpoint = factory.createEndpoint(xa.getXAResource());
                        LOG.info("CAS events from " + queue + " delivered (transacted) to " + factory.getEndpointClass());
                        warned = false;
                        delay = retryInitial;
                        deliverTransacted(endpoint, xa.getSession(), consumer);
                    } else {
                        Session s = connection.createSession(false, Session.CLIENT_ACKNOWLEDGE);
                        MessageConsumer consumer = s.createConsumer(s.createQueue(queue));
                        endpoint = factory.createEndpoint(null);
                        LOG.info("CAS events from " + queue + " delivered to " + factory.getEndpointClass());
                        warned = false;
                        delay = retryInitial;
                        deliver(endpoint, s, consumer);
                    }
                } catch (JMSException | UnavailableException | NoSuchMethodException | RuntimeException e) {
                    if (running && !warned) {
                        LOG.log(Level.WARNING, "CAS event delivery from " + queue + " at " + brokerUrl
                                + " interrupted (" + e + "); retrying in the background");
                        warned = true;
                    }
                } finally {
                    if (endpoint != null) {
                        endpoint.release();
                    }
                    closeQuietly(connection, cf);
                }
                delay = pauseBeforeRetry(delay, retryMax);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Transacted delivery in batches: each transaction takes the messages already waiting until it holds
     * {@code maxBatch} events (a message may hold a batch of events: the dispatcher's lanes send each batch as one)
     * and hands their events to {@code onCasEvents} at once, so that the broker's two-phase commit and the bean's
     * database commit are paid per batch, not per event. After a batch the bean failed, the next
     * {@code maxBatch} events go one per transaction, so that an event the bean cannot take is retried alone: a
     * message holding several is then split into single-event messages on the queue, in a transaction of its own.
     */
    private void deliverTransacted(MessageEndpoint endpoint, Session session, MessageConsumer consumer)
            throws JMSException {
        int alone = 0;
        while (running) {
            try {
                endpoint.beforeDelivery(ON_CAS_EVENTS);
            } catch (NoSuchMethodException | jakarta.resource.ResourceException e) {
                throw new IllegalStateException("beforeDelivery failed: " + e, e);
            }
            boolean failed = false;
            int size = 0;
            try {
                List<CasEvent> events = new ArrayList<>();
                int limit = alone > 0 ? 1 : maxBatch;
                for (Message m = consumer.receive(receiveTimeout); m != null; m = size < limit
                        ? consumer.receive(BATCH_LINGER_MILLIS) : null) {
                    List<CasEvent> read = decode(m, session);
                    if (alone > 0 && read.size() > 1) {
                        // after a failed batch, events go one per transaction: a batch message is split into
                        // single-event messages on the same queue, in this transaction, instead of being delivered
                        split(read, session);
                        break;
                    }
                    size += Math.max(1, read.size());
                    events.addAll(read);
                }
                if (!events.isEmpty()) {
                    try {
                        ((CasEventListener) endpoint).onCasEvents(events);
                    } catch (RuntimeException e) {
                        failed = true;
                        LOG.log(Level.WARNING, "CasEventListener failed on " + events.size()
                                + " event(s); they will be delivered again", e);
                    }
                }
            } finally {
                try {
                    endpoint.afterDelivery();
                } catch (jakarta.resource.ResourceException e) {
                    failed = true;
                    LOG.log(Level.WARNING, "afterDelivery failed; the events will be delivered again", e);
                }
            }
            alone = failed ? maxBatch : Math.max(0, alone - size);
        }
    }

    private void deliver(MessageEndpoint endpoint, Session session, MessageConsumer consumer) throws JMSException {
        while (running) {
            Message m = consumer.receive(receiveTimeout);
            if (m == null) {
                continue;
            }
            try {
                for (CasEvent event : decode(m, session)) {
                    ((CasEventListener) endpoint).onCasEvent(event);
                }
                m.acknowledge();
            } catch (RuntimeException e) {
                // the message's events are delivered again, those before the failure too (the listener keys on the id)
                LOG.log(Level.WARNING, "CasEventListener failed; the event will be delivered again", e);
                session.recover();
            }
        }
    }

    /**
     * Reads the event; an unreadable message (which no redelivery can fix) is copied to
     * {@code <eventQueue>.unreadable} with a {@code reason} property, in the same session (so in the delivery's
     * transaction when transacted), and no event is returned: the caller consumes it without calling the endpoint.
     */
    private List<CasEvent> decode(Message m, Session session) throws JMSException {
        try {
            return EventCodec.readAll(m);
        } catch (JMSException | RuntimeException e) {
            String aside = queue + UNREADABLE_SUFFIX;
            LOG.warning("Unreadable CAS event " + m.getJMSMessageID() + " on " + queue + " moved to " + aside + ": " + e);
            Message c = session.createMessage();
            for (Object name : Collections.list(m.getPropertyNames())) {
                String n = (String) name;
                if (!n.startsWith("JMSX") && !n.startsWith("_")) {
                    c.setObjectProperty(n, m.getObjectProperty(n));
                }
            }
            c.setStringProperty("reason", String.valueOf(e.getMessage()));
            MessageProducer p = session.createProducer(session.createQueue(aside));
            try {
                p.send(c);
            } finally {
                p.close();
            }
            return List.of();
        }
    }

    /** Puts the events back on the queue one per message, in the session's (the delivery's) transaction. */
    private void split(List<CasEvent> events, Session session) throws JMSException {
        MessageProducer p = session.createProducer(session.createQueue(queue));
        try {
            for (CasEvent e : events) {
                Message single = session.createMessage();
                EventCodec.write(e, single);
                p.send(single);
            }
        } finally {
            p.close();
        }
        LOG.info("A batch of " + events.size() + " CAS events on " + queue + " was split into single events after a"
                + " failed delivery, so that an event the listener cannot take is retried alone");
    }
}
