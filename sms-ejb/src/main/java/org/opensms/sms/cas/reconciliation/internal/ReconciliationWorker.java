package org.opensms.sms.cas.reconciliation.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.opensms.cas.api.CardCommand;
import org.opensms.cas.api.CardNumber;
import org.opensms.cas.api.CardState;
import org.opensms.sms.cas.ExpectedCard;
import org.opensms.sms.cas.internal.CasCommandIssuer;
import org.opensms.sms.cas.reconciliation.CardComparison;
import org.opensms.sms.cas.reconciliation.ReconciliationDifference;
import org.opensms.sms.cas.reconciliation.ReconciliationRun;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.ErrorCode;
import org.opensms.sms.shared.Surface;

/**
 * Runs reconciliations: cards in card-number order, {@link #CHUNK} per transaction, so a run of a million cards
 * neither holds one huge transaction nor starts over after a failure of one chunk. For each card with no command
 * still waiting for the CAS, the CAS's state is read and compared ({@link CardComparison}); differences are
 * recorded and the corrections issued in the same transaction (journalled as from SYSTEM, by
 * {@code reconciliation}). Cards with commands in flight are counted and left for the next run.
 * Not a public API: callers check roles ({@code ReconciliationService}, the schedule).
 */
@Stateless
public class ReconciliationWorker {

    static final int CHUNK = 200;
    /** A RUNNING run that has not progressed for this long was abandoned (its server stopped): a new one may start. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(15);
    public static final String WHO = "reconciliation";
    private static final Logger LOG = Logger.getLogger(ReconciliationWorker.class.getName());

    @PersistenceContext(unitName = "sms")
    EntityManager em;
    @Inject
    CasCommandIssuer cas;
    @Inject
    Clock clock;
    @Resource
    SessionContext self;

    /**
     * Records a new RUNNING run, unless one is running (refused with CONFLICT). The lock row makes the check and
     * the insert atomic across the servers of a cluster.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long begin(ReconciliationRun.Trigger trigger, String who) {
        em.createNativeQuery("select id from cas_reconciliation_lock where id = 1 for update").getResultList();
        Instant now = clock.instant();
        for (ReconciliationRun r : em.createQuery("select r from ReconciliationRun r where r.status = :s",
                ReconciliationRun.class).setParameter("s", ReconciliationRun.Status.RUNNING).getResultList()) {
            if (r.getUpdatedAt().plus(ABANDONED_AFTER).isBefore(now)) {
                r.finish(ReconciliationRun.Status.FAILED, "abandoned: no progress since " + r.getUpdatedAt(), now);
            } else {
                throw new BusinessException(ErrorCode.CONFLICT, "reconciliation run " + r.getId() + " is running (started "
                        + r.getStartedAt() + " by " + r.getRequestedBy() + ", " + r.getCardsCompared() + " cards compared)");
            }
        }
        ReconciliationRun run = new ReconciliationRun(trigger, who, now);
        em.persist(run);
        em.flush();
        return run.getId();
    }

    /** Works through every card, chunk by chunk, in the background; a failure ends the run as FAILED with its reason. */
    @Asynchronous
    public void process(long runId) {
        processNow(runId);
    }

    /** The same as {@link #process}, in the caller's thread (the schedule's). */
    public void processNow(long runId) {
        ReconciliationWorker me = self.getBusinessObject(ReconciliationWorker.class);
        try {
            while (me.chunk(runId)) {
                // next chunk
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "CAS reconciliation run " + runId + " failed", e);
            me.fail(runId, rootMessage(e));
        }
    }

    /** Compares the next chunk of cards; false when the run is finished. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean chunk(long runId) {
        ReconciliationRun run = em.find(ReconciliationRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null || run.getStatus() != ReconciliationRun.Status.RUNNING) {
            return false;
        }
        // keyset paging: after the last card of the previous chunk, in card-number order
        List<ExpectedCard> cards = em.createQuery("select e from ExpectedCard e where e.card > :last order by e.card",
                        ExpectedCard.class)
                .setParameter("last", run.getLastCard() == null ? "" : run.getLastCard()).setMaxResults(CHUNK)
                // the page's entitlements in one more query, not one per card
                .setHint("eclipselink.batch", "e.entitlements").setHint("eclipselink.batch.type", "IN")
                .getResultList();
        Instant now = clock.instant();
        if (cards.isEmpty()) {
            run.finish(ReconciliationRun.Status.DONE, null, now);
            return false;
        }
        Set<String> inFlight = inFlight(cards.stream().map(ExpectedCard::getCard).toList());
        long compared = 0;
        long differing = 0;
        long resent = 0;
        for (ExpectedCard card : cards) {
            if (inFlight.contains(card.getCard())) {
                continue;
            }
            compared++;
            CardState actual = cas.query(new CardNumber(card.getCard()));
            CardComparison.Result result = CardComparison.compare(card, actual, now);
            if (result.matches()) {
                continue;
            }
            differing++;
            List<String> ids = new ArrayList<>();
            for (CardCommand correction : result.corrections()) {
                ids.add(cas.issue(correction, WHO, Surface.SYSTEM, null).value());
            }
            resent += ids.size();
            String sent = ids.isEmpty() ? null : String.join(" ", ids);
            for (CardComparison.Difference d : result.differences()) {
                em.persist(new ReconciliationDifference(runId, card.getCard(), d, sent));
            }
        }
        run.progressed(compared, inFlight.size(), differing, resent, cards.get(cards.size() - 1).getCard(), now);
        return true;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fail(long runId, String reason) {
        ReconciliationRun run = em.find(ReconciliationRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run != null && run.getStatus() == ReconciliationRun.Status.RUNNING) {
            run.finish(ReconciliationRun.Status.FAILED, reason, clock.instant());
        }
    }

    /** Those of the cards with a journalled command the CAS has not answered yet. */
    private Set<String> inFlight(List<String> cards) {
        return new HashSet<>(em.createQuery("select distinct c.card from CasCommandEntry c where c.card in :cards and not exists"
                        + " (select o from CasCommandOutcome o where o.commandId = c.commandId)", String.class)
                .setParameter("cards", cards).getResultList());
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + t + ")";
    }
}
