package org.opensms.cas.adapter.outbound;

import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.XAConnection;
import jakarta.jms.XASession;
import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.LocalTransaction;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionMetaData;
import jakarta.resource.spi.ResourceAllocationException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.security.auth.Subject;
import javax.transaction.xa.XAResource;
import org.opensms.cas.adapter.CasSettings;
import org.opensms.cas.adapter.codec.QueuedCommand;
import org.opensms.cas.api.CardNumber;
import org.opensms.cas.api.CardState;
import org.opensms.cas.api.CasCommand;
import org.opensms.cas.api.CasException;
import org.opensms.cas.api.CommandId;
import org.opensms.cas.api.Origin;

/**
 * A physical connection to the command queue (Jakarta Connectors 2.1, section 6.5.4): one Artemis XA JMS
 * connection and XA session with a producer on the command queue. {@link #getXAResource()} is that session's
 * XAResource (section 7.6.1), obtained once and cached, in a {@link BranchXaResource}: the transaction manager
 * enlists the broker itself, so a command issued through this connection is on the queue exactly when the JTA
 * transaction commits. Inside a transaction branch the commands are kept and sent together when the branch ends,
 * as batch messages ({@link QueuedCommand#toBatchMessages}); outside one each is sent at once, alone. Local
 * transactions are not supported (XA only).
 *
 * <p>Broker failures are reported to the server with {@code CONNECTION_ERROR_OCCURRED} so the pool discards
 * this connection (section 6.5.6); closing a handle reports {@code CONNECTION_CLOSED}.
 */
public class CasManagedConnection implements ManagedConnection {

    private static final Logger LOG = Logger.getLogger(CasManagedConnection.class.getName());

    private final CasManagedConnectionFactory mcf;
    private final CasSettings settings;
    private final XAConnection connection;
    private final XASession xaSession;
    private final Session session;
    private final MessageProducer producer;
    private final XAResource xaResource;
    /** Commands issued in the current transaction branch, in order; null outside a branch. */
    private List<QueuedCommand> branch;
    private final Set<CasConnectionHandle> handles = ConcurrentHashMap.newKeySet();
    private final List<ConnectionEventListener> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean broken;
    private volatile boolean destroyed;
    private PrintWriter logWriter;

    CasManagedConnection(CasManagedConnectionFactory mcf, CasSettings settings) throws ResourceException {
        this.mcf = mcf;
        this.settings = settings;
        XAConnection c = null;
        try {
            c = mcf.jmsFactory().createXAConnection(settings.brokerUserOrNull(), settings.brokerPasswordOrNull());
            c.setExceptionListener(e -> {
                LOG.log(Level.WARNING, "Broker connection of a CAS managed connection failed: " + e);
                fireError(e);
            });
            this.connection = c;
            this.xaSession = c.createXASession();
            this.session = xaSession.getSession();
            this.producer = session.createProducer(session.createQueue(settings.commandQueue()));
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            this.xaResource = new BranchXaResource(xaSession.getXAResource(), this);
        } catch (JMSException | RuntimeException e) {
            if (c != null) {
                try {
                    c.close();
                } catch (JMSException ignored) {
                    // failing anyway
                }
            }
            ResourceAllocationException re = new ResourceAllocationException(
                    "cannot connect to the broker at " + settings.brokerUrl() + ": " + e.getMessage());
            re.initCause(e);
            throw re;
        }
    }

    CasSettings settings() {
        return settings;
    }

    /**
     * Queues the command: kept for the end of the transaction branch when one is started (then part of it), else
     * sent at once.
     */
    CommandId issue(CasCommand command, Origin origin) {
        if (command == null || origin == null) {
            throw new IllegalArgumentException("command and origin are required");
        }
        if (broken || destroyed) {
            throw new CasException("the connection to the broker at " + settings.brokerUrl() + " is broken");
        }
        CommandId id = CommandId.timeOrdered();
        try {
            synchronized (this) {
                QueuedCommand queued = new QueuedCommand(id, command, origin);
                if (branch != null) {
                    branch.add(queued);
                } else {
                    producer.send(queued.toMessage(session));
                }
            }
            return id;
        } catch (JMSException | RuntimeException e) {
            fireError(e);
            throw new CasException("cannot enqueue " + command.kind() + " on " + settings.commandQueue() + ": "
                    + e.getMessage(), e);
        }
    }

    /** The transaction manager started (or resumed) a branch on this connection's XA session. */
    synchronized void branchStarted() {
        if (branch == null) {
            branch = new ArrayList<>();
        }
    }

    /**
     * The branch ends: its commands are sent (when {@code send}) on the XA session, which is still associated with
     * it, or dropped.
     *
     * @throws CasException when the broker refuses them; the branch must then be rolled back
     */
    synchronized void branchEnded(boolean send) {
        List<QueuedCommand> commands = branch;
        branch = null;
        if (!send || commands == null || commands.isEmpty()) {
            return;
        }
        try {
            for (Message m : QueuedCommand.toBatchMessages(commands, session)) {
                producer.send(m);
            }
        } catch (JMSException | RuntimeException e) {
            fireError(e);
            throw new CasException("cannot enqueue " + commands.size() + " commands on " + settings.commandQueue()
                    + ": " + e.getMessage(), e);
        }
    }

    CardState query(CardNumber card) {
        try {
            return mcf.queryDriver().query(card);
        } catch (Exception e) {
            throw new CasException("CAS query for card " + card + " failed: " + e.getMessage(), e);
        }
    }

    void handleClosed(CasConnectionHandle h) {
        if (!handles.remove(h)) {
            return;
        }
        ConnectionEvent e = new ConnectionEvent(this, ConnectionEvent.CONNECTION_CLOSED);
        e.setConnectionHandle(h);
        for (ConnectionEventListener l : listeners) {
            l.connectionClosed(e);
        }
    }

    private void fireError(Exception cause) {
        if (broken) {
            return;
        }
        broken = true;
        ConnectionEvent e = new ConnectionEvent(this, ConnectionEvent.CONNECTION_ERROR_OCCURRED, cause);
        for (ConnectionEventListener l : listeners) {
            l.connectionErrorOccurred(e);
        }
    }

    /** True when the broker connection failed; the pool must not hand this connection out again. */
    public boolean isBroken() {
        return broken || destroyed;
    }

    @Override
    public Object getConnection(Subject subject, ConnectionRequestInfo info) throws ResourceException {
        if (isBroken()) {
            throw new jakarta.resource.spi.IllegalStateException("managed connection is broken or destroyed");
        }
        CasConnectionHandle h = new CasConnectionHandle(this);
        handles.add(h);
        return h;
    }

    @Override
    public void associateConnection(Object connection) throws ResourceException {
        if (!(connection instanceof CasConnectionHandle h)) {
            throw new ResourceException("not a CAS connection handle: " + connection);
        }
        h.associate(this);
        handles.add(h);
    }

    /** Moves a handle away from this connection (used by {@link #associateConnection} of another). */
    @Override
    public void cleanup() throws ResourceException {
        for (CasConnectionHandle h : handles) {
            h.invalidate();
        }
        handles.clear();
    }

    @Override
    public void destroy() throws ResourceException {
        if (destroyed) {
            return;
        }
        destroyed = true;
        cleanup();
        try {
            connection.close();
        } catch (JMSException e) {
            LOG.log(Level.FINE, "closing broker connection", e);
        }
    }

    @Override
    public void addConnectionEventListener(ConnectionEventListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeConnectionEventListener(ConnectionEventListener listener) {
        listeners.remove(listener);
    }

    /** The Artemis XA session's XAResource, the same object for the life of this managed connection. */
    @Override
    public XAResource getXAResource() {
        return xaResource;
    }

    @Override
    public LocalTransaction getLocalTransaction() throws ResourceException {
        throw new NotSupportedException("the CAS adapter supports XA transactions only");
    }

    @Override
    public ManagedConnectionMetaData getMetaData() {
        return new ManagedConnectionMetaData() {
            @Override
            public String getEISProductName() {
                return "OpenSMS CAS command queue";
            }

            @Override
            public String getEISProductVersion() {
                return "1";
            }

            @Override
            public int getMaxConnections() {
                return 0;
            }

            @Override
            public String getUserName() {
                return settings.brokerUser();
            }
        };
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    int handleCount() {
        return handles.size();
    }
}
