package org.opensms.sms.audit.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.opensms.sms.audit.JournalSeal;
import org.opensms.sms.audit.JournalSeals;
import org.opensms.sms.audit.SealedJournal;

/**
 * One journal's seal in a transaction of its own, for {@link JournalSealJob} (which runs with no caller) and for
 * {@code JournalSealService.sealNow}.
 */
@Stateless
@PermitAll
public class JournalSealWriter {

    @PersistenceContext(unitName = "sms")
    EntityManager em;
    /**
     * The system's time, not the application's movable clock: a seal made while a trial moved the clock ahead would
     * cover rows that transactions still open write later; with the system time such rows are simply too young.
     */
    private final Clock clock = Clock.systemUTC();

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public JournalSeal seal(SealedJournal journal) {
        return new JournalSeals(em).seal(journal, clock.instant());
    }
}
