package org.opensms.cas.adapter.outbound;

import javax.transaction.xa.XAException;
import javax.transaction.xa.XAResource;
import javax.transaction.xa.Xid;

/**
 * The XAResource the transaction manager enlists for a {@link CasManagedConnection}: the Artemis XA session's own,
 * with one addition. Between {@code start} and {@code end} the connection keeps the commands it is given; at
 * {@code end} (success or suspend) it sends them, in order, as batch messages on the still associated XA session,
 * before the session's branch ends. So a transaction's commands are one message, or a few, instead of one each,
 * and they still reach the queue exactly when the transaction commits. At {@code end(TMFAIL)} they are dropped.
 *
 * <p>{@link #isSameRM} answers true only for itself, so the transaction manager never joins this branch with
 * another resource's (it would then never call this resource's {@code start} and {@code end}).
 */
final class BranchXaResource implements XAResource {

    private final XAResource session;
    private final CasManagedConnection connection;

    BranchXaResource(XAResource session, CasManagedConnection connection) {
        this.session = session;
        this.connection = connection;
    }

    @Override
    public void start(Xid xid, int flags) throws XAException {
        session.start(xid, flags);
        connection.branchStarted();
    }

    @Override
    public void end(Xid xid, int flags) throws XAException {
        if (flags == TMFAIL) {
            connection.branchEnded(false);
            session.end(xid, flags);
            return;
        }
        try {
            connection.branchEnded(true);
        } catch (RuntimeException e) {
            try {
                session.end(xid, TMFAIL);
            } catch (XAException ignored) {
                // the branch is rolled back either way
            }
            XAException x = new XAException("the CAS commands of the transaction could not be queued: "
                    + e.getMessage());
            x.errorCode = XAException.XA_RBCOMMFAIL;
            x.initCause(e);
            throw x;
        }
        session.end(xid, flags);
    }

    @Override
    public int prepare(Xid xid) throws XAException {
        return session.prepare(xid);
    }

    @Override
    public void commit(Xid xid, boolean onePhase) throws XAException {
        session.commit(xid, onePhase);
    }

    @Override
    public void rollback(Xid xid) throws XAException {
        session.rollback(xid);
    }

    @Override
    public void forget(Xid xid) throws XAException {
        session.forget(xid);
    }

    @Override
    public Xid[] recover(int flag) throws XAException {
        return session.recover(flag);
    }

    @Override
    public boolean isSameRM(XAResource other) {
        return other == this;
    }

    @Override
    public int getTransactionTimeout() throws XAException {
        return session.getTransactionTimeout();
    }

    @Override
    public boolean setTransactionTimeout(int seconds) throws XAException {
        return session.setTransactionTimeout(seconds);
    }
}
