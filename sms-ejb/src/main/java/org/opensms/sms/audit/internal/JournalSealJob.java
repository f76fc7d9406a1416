package org.opensms.sms.audit.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.opensms.sms.audit.JournalSeal;
import org.opensms.sms.audit.SealedJournal;

/**
 * Seals every journal every ten minutes, on every instance, each journal in a transaction of its own. Two instances
 * at once make the same seal; the second is refused by the unique key (journal, first id), rolls back and changes
 * nothing.
 */
@Singleton
public class JournalSealJob {

    private static final Logger LOG = Logger.getLogger(JournalSealJob.class.getName());

    @EJB
    JournalSealWriter writer;

    @Schedule(minute = "*/10", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void seal() {
        for (SealedJournal j : SealedJournal.values()) {
            try {
                JournalSeal s = writer.seal(j);
                if (s != null) {
                    LOG.fine(() -> "sealed " + s.getRowCount() + " rows of " + j + " up to id " + s.getLastId());
                }
            } catch (EJBException e) {
                LOG.log(Level.INFO, "journal " + j + " not sealed this time (another instance sealed it, or the"
                        + " database is away): " + e.getCause());
            }
        }
    }
}
