package org.opensms.sms.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.opensms.sms.security.Roles;

/**
 * The seals of the append-only journals, for auditors and administrators: the seals, sealing now (the
 * {@code JournalSealJob} does it every ten minutes) and verification of every seal against the rows as they are now.
 * See {@link JournalSeals}.
 */
@Stateless
@RolesAllowed(Roles.MSO_ADMIN)
public class JournalSealService {

    @PersistenceContext(unitName = "sms")
    EntityManager em;
    /**
     * The system's time, not the application's movable clock: a seal made while a trial moved the clock ahead would
     * cover rows that transactions still open write later; with the system time such rows are simply too young.
     */
    private final Clock clock = Clock.systemUTC();

    /** Every journal's seals, journal by journal, oldest first. */
    public List<JournalSeal> seals() {
        List<JournalSeal> all = new ArrayList<>();
        for (SealedJournal j : SealedJournal.values()) {
            all.addAll(new JournalSeals(em).seals(j));
        }
        return all;
    }

    /** Seals what is old enough in every journal; the new seals. */
    public List<JournalSeal> sealNow() {
        List<JournalSeal> made = new ArrayList<>();
        for (SealedJournal j : SealedJournal.values()) {
            JournalSeal s = new JournalSeals(em).seal(j, clock.instant());
            if (s != null) {
                made.add(s);
            }
        }
        return made;
    }

    /** Checks every seal of every journal against the rows as they are now. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<SealCheck> verify() {
        List<SealCheck> checks = new ArrayList<>();
        for (SealedJournal j : SealedJournal.values()) {
            checks.addAll(new JournalSeals(em).verify(j));
        }
        return checks;
    }
}
