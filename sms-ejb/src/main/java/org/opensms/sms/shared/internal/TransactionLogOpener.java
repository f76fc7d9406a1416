package org.opensms.sms.shared.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.opensms.cas.api.CasConnection;
import org.opensms.cas.api.CasConnectionFactory;
import org.opensms.sms.cas.CasCommandService;
import org.opensms.sms.shared.StoredTime;

/**
 * Makes the server instance's first two-phase commit at start, alone, before the application takes requests: it
 * records the start in {@code server_start} with a CAS connection (the broker's XAResource) enlisted beside the
 * database.
 *
 * <p>Why: Payara's transaction service opens its transaction log at the first two-phase commit after a start
 * ({@code CoordinatorLog.openLog}), and that method takes no lock. Two first commits at once (a burst of CAS commands
 * right after a deployment) can open the log twice; on a new log one of them then writes from the wrong place, and
 * after a crash the recovery cannot read the log back (JTS5066, an OutOfMemoryError in {@code LogFile.getLogRecords})
 * and resolves nothing in doubt. Opening it here, from one thread, leaves no first commit to race. A failure here
 * (database or broker unreachable) is logged and does not stop the application.
 */
@Singleton(name = "TransactionLogOpener")
@Startup
@DependsOn("SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class TransactionLogOpener {

    private static final Logger LOG = Logger.getLogger(TransactionLogOpener.class.getName());

    @Resource
    UserTransaction tx;
    @Resource(lookup = "jdbc/sms")
    DataSource dataSource;
    @Resource(lookup = CasCommandService.FACTORY)
    CasConnectionFactory cas;

    @PostConstruct
    void open() {
        String instance = System.getProperty("com.sun.aas.instanceName", "server");
        OffsetDateTime now = StoredTime.utc(Clock.systemUTC().instant());
        try {
            tx.begin();
            try (CasConnection enlisted = cas.getConnection(); Connection db = dataSource.getConnection()) {
                if (record(db, "UPDATE server_start SET started_at = ?, starts = starts + 1 WHERE instance_name = ?",
                        now, instance) == 0) {
                    record(db, "INSERT INTO server_start (started_at, instance_name, starts) VALUES (?, ?, 1)",
                            now, instance);
                }
            }
            tx.commit();
            LOG.info("Start of " + instance + " recorded in a two-phase commit (database and broker): the transaction"
                    + " log is open");
        } catch (Exception e) {
            rollbackQuietly();
            LOG.log(Level.WARNING, "Could not record the start of " + instance + " in a two-phase commit (" + e
                    + "); the transaction log opens at the first command instead", e);
        }
    }

    private static int record(Connection db, String sql, OffsetDateTime at, String instance) throws Exception {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setObject(1, at);
            s.setString(2, instance);
            return s.executeUpdate();
        }
    }

    private void rollbackQuietly() {
        try {
            if (tx.getStatus() != Status.STATUS_NO_TRANSACTION) {
                tx.rollback();
            }
        } catch (SystemException | IllegalStateException | SecurityException e) {
            LOG.log(Level.FINE, "rollback after a failed start record", e);
        }
    }
}
