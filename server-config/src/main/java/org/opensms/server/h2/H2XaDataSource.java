package org.opensms.server.h2;

import java.io.PrintWriter;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;
import javax.sql.XAConnection;
import javax.sql.XADataSource;
import javax.transaction.xa.Xid;
import org.h2.jdbcx.JdbcDataSource;

/**
 * H2's XA data source, with rollbacks that work. The domains' H2 pool (server-config/domain/jdbc-h2.asadmin) uses it; it
 * lives in the domain's lib folder (sms-server-lib.jar).
 *
 * <p>H2 (2.2.224, and 2.3.232 too) keeps one "prepared" flag per XA connection, and rolls a branch back by name only
 * while it is set; otherwise it rolls back the session's current transaction, which for a branch in doubt does nothing.
 * {@code prepare} and {@code recover} set the flag, a rollback clears it. So:
 * <ul>
 *   <li>after a crash, the transaction manager's recovery lists the branches in doubt on one connection and rolls each
 *       back there: the first is rolled back, every later one stays in doubt for good, its rows locked (the crash
 *       test's failure in CI: two in doubt, one left);</li>
 *   <li>a branch prepared and then rolled back in its own session (the broker's branch failed to prepare) is looked
 *       for among the ended sessions' transactions only: "transaction not found", and the session keeps it.</li>
 * </ul>
 * Here a branch this resource did not start, and that H2 still lists in doubt after its rollback, is rolled back by
 * name ({@code ROLLBACK TRANSACTION}) on a connection of its own; and a branch it started, whose rollback H2 refuses,
 * is rolled back by the session (both in RecoveringXaConnection).
 */
public class H2XaDataSource implements XADataSource, DataSource, Serializable {

    private static final long serialVersionUID = 1L;

    /** H2's own (a final class): the connections come from it, the pool's properties go to it. */
    private final JdbcDataSource h2 = new JdbcDataSource();

    @Override
    public XAConnection getXAConnection() throws SQLException {
        return new RecoveringXaConnection(h2.getXAConnection(), this);
    }

    @Override
    public XAConnection getXAConnection(String user, String password) throws SQLException {
        return new RecoveringXaConnection(h2.getXAConnection(user, password), this);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return h2.getConnection();
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return h2.getConnection(user, password);
    }

    // the pool's properties (URL, user, password), as on H2's JdbcDataSource
    public void setURL(String url) { h2.setURL(url); }
    public String getURL() { return h2.getURL(); }
    public void setUrl(String url) { h2.setUrl(url); }
    public String getUrl() { return h2.getUrl(); }
    public void setUser(String user) { h2.setUser(user); }
    public String getUser() { return h2.getUser(); }
    public void setPassword(String password) { h2.setPassword(password); }
    public void setDescription(String description) { h2.setDescription(description); }
    public String getDescription() { return h2.getDescription(); }

    @Override
    public PrintWriter getLogWriter() { return h2.getLogWriter(); }

    @Override
    public void setLogWriter(PrintWriter out) { h2.setLogWriter(out); }

    @Override
    public void setLoginTimeout(int seconds) { h2.setLoginTimeout(seconds); }

    @Override
    public int getLoginTimeout() { return h2.getLoginTimeout(); }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException { return h2.getParentLogger(); }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return h2.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || h2.isWrapperFor(type);
    }

    /**
     * H2's name of a branch, as INFORMATION_SCHEMA.IN_DOUBT shows it and ROLLBACK TRANSACTION takes it:
     * {@code XID|formatId|branch qualifier|global id}, the ids in URL-safe Base64 without padding (H2's JdbcXid).
     */
    static String h2Name(Xid xid) {
        java.util.Base64.Encoder b64 = java.util.Base64.getUrlEncoder().withoutPadding();
        return "XID|" + xid.getFormatId() + '|' + b64.encodeToString(xid.getBranchQualifier()) + '|'
                + b64.encodeToString(xid.getGlobalTransactionId());
    }

    /** Rolls back by name a branch H2 still holds in doubt; whether there was one. */
    boolean rollBackInDoubt(Xid xid) throws SQLException {
        String name = h2Name(xid);
        try (Connection c = getConnection()) {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT 1 FROM INFORMATION_SCHEMA.IN_DOUBT WHERE TRANSACTION_NAME = ?")) {
                q.setString(1, name);
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next()) {
                        return false;
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("ROLLBACK TRANSACTION \"" + name + '"');
            }
            return true;
        }
    }
}
