package org.opensms.cas.adapter.outbound;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionFactory;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterAssociation;
import jakarta.resource.spi.TransactionSupport;
import jakarta.resource.spi.ValidatingManagedConnectionFactory;
import java.io.PrintWriter;
import java.util.HashSet;
import java.util.Set;
import javax.security.auth.Subject;
import org.apache.activemq.artemis.jms.client.ActiveMQXAConnectionFactory;
import org.opensms.cas.adapter.CasConfig;
import org.opensms.cas.adapter.CasResourceAdapter;
import org.opensms.cas.adapter.driver.CasDriver;

/**
 * The managed connection factory (Jakarta Connectors 2.1, section 6.5.3), one per configured connection
 * factory, i.e. per CAS instance: its properties ({@link CasConfig}) name the broker, the command queue and
 * the CAS. When the server associates it with the resource adapter (section 5.3.3), the adapter makes sure a
 * dispatcher runs for its command queue.
 */
public class CasManagedConnectionFactory extends CasConfig
        implements ManagedConnectionFactory, ResourceAdapterAssociation, TransactionSupport,
        ValidatingManagedConnectionFactory {

    private static final long serialVersionUID = 1L;

    private transient ResourceAdapter ra;
    private transient PrintWriter logWriter;
    private transient volatile ActiveMQXAConnectionFactory jmsFactory;
    private transient volatile String jmsFactoryUrl;
    private transient volatile CasDriver queryDriver;

    @Override
    public Object createConnectionFactory(ConnectionManager cm) {
        return new CasConnectionFactoryImpl(this, cm);
    }

    @Override
    public Object createConnectionFactory() {
        return new CasConnectionFactoryImpl(this, null);
    }

    @Override
    public ManagedConnection createManagedConnection(Subject subject, ConnectionRequestInfo info)
            throws ResourceException {
        // the server may have associated this factory before the adapter started: make sure its dispatcher runs
        if (ra instanceof CasResourceAdapter cra) {
            cra.connectionFactoryConfigured(settings());
        }
        return new CasManagedConnection(this, settings());
    }

    /**
     * Section 6.5.3.2: any healthy managed connection of this factory with the same settings will do (the
     * adapter uses no per-user sign-on: the broker credentials are configuration).
     */
    @Override
    @SuppressWarnings("rawtypes")
    public ManagedConnection matchManagedConnections(Set candidates, Subject subject, ConnectionRequestInfo info) {
        var wanted = settings();
        for (Object o : candidates) {
            if (o instanceof CasManagedConnection mc && !mc.isBroken() && mc.settings().equals(wanted)) {
                return mc;
            }
        }
        return null;
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Set getInvalidConnections(Set candidates) {
        Set invalid = new HashSet();
        for (Object o : candidates) {
            if (o instanceof CasManagedConnection mc && mc.isBroken()) {
                invalid.add(mc);
            }
        }
        return invalid;
    }

    @Override
    public TransactionSupportLevel getTransactionSupport() {
        return TransactionSupportLevel.XATransaction;
    }

    @Override
    public void setResourceAdapter(ResourceAdapter ra) throws ResourceException {
        this.ra = ra;
        if (ra instanceof CasResourceAdapter cra) {
            cra.connectionFactoryConfigured(settings());
        }
    }

    @Override
    public ResourceAdapter getResourceAdapter() {
        return ra;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    /** The Artemis XA connection factory for the configured broker URL (created lazily, no I/O). */
    ActiveMQXAConnectionFactory jmsFactory() {
        String url = effectiveBrokerUrl();
        ActiveMQXAConnectionFactory f = jmsFactory;
        if (f == null || !url.equals(jmsFactoryUrl)) {
            synchronized (this) {
                // checked again under the lock, so that concurrent first calls share one factory
                f = jmsFactory;
                if (f == null || !url.equals(jmsFactoryUrl)) {
                    if (f != null) {
                        f.close();
                    }
                    f = new ActiveMQXAConnectionFactory(url);
                    f.setReconnectAttempts(0);
                    f.setInitialConnectAttempts(1);
                    jmsFactory = f;
                    jmsFactoryUrl = url;
                }
            }
        }
        return f;
    }

    /** The driver used for synchronous queries; created on first use, closed with the adapter. */
    CasDriver queryDriver() {
        CasDriver d = queryDriver;
        if (d == null) {
            synchronized (this) {
                d = queryDriver;
                if (d == null) {
                    d = CasDriver.create(settings());
                    queryDriver = d;
                    if (ra instanceof CasResourceAdapter cra) {
                        cra.closeOnStop(d);
                    }
                }
            }
        }
        return d;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CasManagedConnectionFactory other && other.settings().equals(settings());
    }

    @Override
    public int hashCode() {
        return settings().hashCode();
    }
}
