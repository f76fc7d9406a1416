package org.opensms.cas.adapter.outbound;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import javax.naming.Reference;
import org.opensms.cas.api.CasConnection;
import org.opensms.cas.api.CasConnectionFactory;

/**
 * The connection factory handed to the application (Jakarta Connectors 2.1, section 6.5.1): every
 * {@link #getConnection()} goes through the server's ConnectionManager, which pools managed connections and
 * enlists them in the caller's transaction (section 6.5.2, {@code allocateConnection}).
 */
public class CasConnectionFactoryImpl implements CasConnectionFactory {

    private static final long serialVersionUID = 1L;

    private final CasManagedConnectionFactory mcf;
    private final ConnectionManager cm;
    private Reference reference;

    public CasConnectionFactoryImpl(CasManagedConnectionFactory mcf, ConnectionManager cm) {
        this.mcf = mcf;
        this.cm = cm == null ? new UnmanagedConnectionManager() : cm;
    }

    @Override
    public CasConnection getConnection() throws ResourceException {
        return (CasConnection) cm.allocateConnection(mcf, null);
    }

    @Override
    public void setReference(Reference reference) {
        this.reference = reference;
    }

    @Override
    public Reference getReference() {
        return reference;
    }

    /** The non-managed environment of section 6.5.2.2: a new managed connection per handle, no pooling. */
    static final class UnmanagedConnectionManager implements ConnectionManager {

        private static final long serialVersionUID = 1L;

        @Override
        public Object allocateConnection(jakarta.resource.spi.ManagedConnectionFactory f,
                                         jakarta.resource.spi.ConnectionRequestInfo info) throws ResourceException {
            jakarta.resource.spi.ManagedConnection mc = f.createManagedConnection(null, info);
            mc.addConnectionEventListener(new jakarta.resource.spi.ConnectionEventListener() {
                @Override
                public void connectionClosed(jakarta.resource.spi.ConnectionEvent e) {
                    destroy(mc);
                }

                @Override
                public void connectionErrorOccurred(jakarta.resource.spi.ConnectionEvent e) {
                    destroy(mc);
                }

                @Override
                public void localTransactionStarted(jakarta.resource.spi.ConnectionEvent e) {
                }

                @Override
                public void localTransactionCommitted(jakarta.resource.spi.ConnectionEvent e) {
                }

                @Override
                public void localTransactionRolledback(jakarta.resource.spi.ConnectionEvent e) {
                }
            });
            return mc.getConnection(null, info);
        }

        private static void destroy(jakarta.resource.spi.ManagedConnection mc) {
            try {
                mc.destroy();
            } catch (ResourceException ignored) {
                // best effort
            }
        }
    }
}
