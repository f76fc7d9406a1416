package org.opensms.cas.adapter.outbound;

import org.opensms.cas.api.CardNumber;
import org.opensms.cas.api.CardState;
import org.opensms.cas.api.CasCommand;
import org.opensms.cas.api.CasConnection;
import org.opensms.cas.api.CasException;
import org.opensms.cas.api.CommandId;
import org.opensms.cas.api.Origin;

/**
 * The connection handle the application holds (Jakarta Connectors 2.1, section 6.5.4): a thin object bound to
 * one managed connection at a time; the server may re-associate it (section 6.5.4.2).
 */
public class CasConnectionHandle implements CasConnection {

    private volatile CasManagedConnection mc;
    private volatile boolean closed;

    CasConnectionHandle(CasManagedConnection mc) {
        this.mc = mc;
    }

    @Override
    public CommandId issue(CasCommand command, Origin origin) {
        return live().issue(command, origin);
    }

    @Override
    public CardState query(CardNumber card) {
        return live().query(card);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        CasManagedConnection m = mc;
        if (m != null) {
            m.handleClosed(this);
        }
    }

    /** Called by the managed connection on cleanup/destroy: the handle becomes unusable. */
    void invalidate() {
        closed = true;
        mc = null;
    }

    void associate(CasManagedConnection m) {
        this.mc = m;
    }

    boolean isClosed() {
        return closed;
    }

    private CasManagedConnection live() {
        CasManagedConnection m = mc;
        if (closed || m == null) {
            throw new CasException("CAS connection is closed");
        }
        return m;
    }
}
