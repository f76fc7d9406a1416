package org.opensms.sms.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.opensms.sms.audit.internal.JournalSealWriter;
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
    @EJB
    JournalSealWriter writer;

    /** Every journal's seals, journal by journal, oldest first. */
    public List<JournalSeal> seals() {
        List<JournalSeal> all = new ArrayList<>();
        for (SealedJournal j : SealedJournal.values()) {
            all.addAll(new JournalSeals(em).seals(j));
        }
        return all;
    }

    /** Each journal's number of seals and latest seal (null when none), in journal order. */
    public List<JournalSummary> summaries() {
        JournalSeals seals = new JournalSeals(em);
        List<JournalSummary> all = new ArrayList<>();
        for (SealedJournal j : SealedJournal.values()) {
            all.add(new JournalSummary(j, seals.count(j), seals.latest(j)));
        }
        return all;
    }

    /** A journal's seals in short: how many, and the latest, whose digest an auditor notes as an anchor. */
    public record JournalSummary(SealedJournal journal, long seals, JournalSeal latest) {
    }

    /** Seals what is old enough in every journal, each in a transaction of its own (as the job does); the new seals. */
    public List<JournalSeal> sealNow() {
        List<JournalSeal> made = new ArrayList<>();
        for (SealedJournal j : SealedJournal.values()) {
            JournalSeal s = writer.seal(j);
            if (s != null) {
                made.add(s);
            }
        }
        return made;
    }

    /**
     * Checks every seal of every journal against the rows as they are now, and which of the anchors (digests an auditor
     * noted at an earlier audit) are still seals; the anchors are checked first, so a malformed one is refused by name
     * ({@link JournalSeals#anchors}) before any row is read.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SealVerification verify(List<String> anchors) {
        JournalSeals seals = new JournalSeals(em);
        List<AnchorCheck> found = seals.anchors(anchors);
        List<SealCheck> checks = new ArrayList<>();
        for (SealedJournal j : SealedJournal.values()) {
            checks.addAll(seals.verify(j));
        }
        return new SealVerification(checks, found);
    }
}
