package org.opensms.sms.audit.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.opensms.sms.audit.JournalSeal;
import org.opensms.sms.audit.JournalSeals;
import org.opensms.sms.audit.SealedJournal;

/** One journal's seal in a transaction of its own, for {@link JournalSealJob} (which runs with no caller). */
@Stateless
@PermitAll
public class JournalSealWriter {

    @PersistenceContext(unitName = "sms")
    EntityManager em;
    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public JournalSeal seal(SealedJournal journal) {
        return new JournalSeals(em).seal(journal, clock.instant());
    }
}
