package org.opensms.server.h2;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.ConnectionEventListener;
import javax.sql.StatementEventListener;
import javax.sql.XAConnection;
import javax.transaction.xa.XAException;
import javax.transaction.xa.XAResource;
import javax.transaction.xa.Xid;

/** An H2 XA connection whose resource rolls back a recovered branch for real (see {@link H2XaDataSource}). */
final class RecoveringXaConnection implements XAConnection {

    private final XAConnection h2;
    private final H2XaDataSource source;
    private final Resource resource;
    /** The last handle given out: the pool keeps one for the connection's life. */
    private volatile Connection handle;

    RecoveringXaConnection(XAConnection h2, H2XaDataSource source) throws SQLException {
        this.h2 = h2;
        this.source = source;
        this.resource = new Resource(h2.getXAResource());
    }

    @Override
    public XAResource getXAResource() {
        return resource;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection c = h2.getConnection();
        handle = c;
        return c;
    }

    @Override
    public void close() throws SQLException {
        h2.close();
    }

    @Override
    public void addConnectionEventListener(ConnectionEventListener listener) {
        h2.addConnectionEventListener(listener);
    }

    @Override
    public void removeConnectionEventListener(ConnectionEventListener listener) {
        h2.removeConnectionEventListener(listener);
    }

    @Override
    public void addStatementEventListener(StatementEventListener listener) {
        h2.addStatementEventListener(listener);
    }

    @Override
    public void removeStatementEventListener(StatementEventListener listener) {
        h2.removeStatementEventListener(listener);
    }

    /** H2's resource, remembering the branch it started so that only a branch from elsewhere is looked for. */
    private final class Resource implements XAResource {

        private final XAResource h2Resource;
        private volatile Xid started;

        Resource(XAResource h2Resource) {
            this.h2Resource = h2Resource;
        }

        @Override
        public void start(Xid xid, int flags) throws XAException {
            h2Resource.start(xid, flags);
            started = xid;
        }

        @Override
        public void end(Xid xid, int flags) throws XAException {
            h2Resource.end(xid, flags);
        }

        @Override
        public int prepare(Xid xid) throws XAException {
            return h2Resource.prepare(xid);
        }

        @Override
        public void commit(Xid xid, boolean onePhase) throws XAException {
            try {
                h2Resource.commit(xid, onePhase);
            } finally {
                forgetStarted(xid);
            }
        }

        /**
         * H2's rollback; then a branch from elsewhere that H2 still holds in doubt is rolled back by name, and a branch
         * started here whose rollback H2 refused is rolled back by the session (see {@link H2XaDataSource}).
         */
        @Override
        public void rollback(Xid xid) throws XAException {
            boolean startedHere = sameBranch(xid, started);
            try {
                h2Resource.rollback(xid);
                if (!startedHere && source.rollBackInDoubt(xid)) {
                    System.getLogger(H2XaDataSource.class.getName()).log(System.Logger.Level.INFO,
                            "Rolled back the in-doubt H2 transaction " + H2XaDataSource.h2Name(xid) + " by name");
                }
            } catch (XAException e) {
                Connection c = handle;
                if (!startedHere || c == null) {
                    throw e;
                }
                try {
                    c.rollback();
                    c.setAutoCommit(true);
                } catch (SQLException s) {
                    e.addSuppressed(s);
                    throw e;
                }
            } catch (SQLException e) {
                XAException x = new XAException(XAException.XAER_RMERR);
                x.initCause(e);
                throw x;
            } finally {
                forgetStarted(xid);
            }
        }

        @Override
        public void forget(Xid xid) throws XAException {
            h2Resource.forget(xid);
        }

        private void forgetStarted(Xid xid) {
            if (sameBranch(xid, started)) {
                started = null;
            }
        }

        @Override
        public Xid[] recover(int flag) throws XAException {
            return h2Resource.recover(flag);
        }

        @Override
        public boolean isSameRM(XAResource other) throws XAException {
            return other == this || h2Resource.isSameRM(other instanceof Resource r ? r.h2Resource : other);
        }

        @Override
        public int getTransactionTimeout() throws XAException {
            return h2Resource.getTransactionTimeout();
        }

        @Override
        public boolean setTransactionTimeout(int seconds) throws XAException {
            return h2Resource.setTransactionTimeout(seconds);
        }
    }

    private static boolean sameBranch(Xid a, Xid b) {
        return a != null && b != null && a.getFormatId() == b.getFormatId()
                && java.util.Arrays.equals(a.getGlobalTransactionId(), b.getGlobalTransactionId())
                && java.util.Arrays.equals(a.getBranchQualifier(), b.getBranchQualifier());
    }
}
