package org.opensms.sms.cas.reconciliation;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import org.opensms.sms.cas.reconciliation.internal.ReconciliationWorker;
import org.opensms.sms.security.Roles;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.ErrorCode;
import org.opensms.sms.shared.PageRequest;

/**
 * CAS reconciliation: compares what the SMS says every card should be (activation, blacklist, pairing,
 * entitlements) with what the CAS has, records each difference, and re-sends what makes the CAS match. Runs on
 * a schedule ({@code sms.cas.reconciliation.at}) and on demand; only one runs at a time across the cluster.
 * Administrators start runs; MSO staff read the reports.
 */
@Stateless
@DeclareRoles({Roles.MSO_ADMIN, Roles.MSO_OPERATOR, Roles.LCO})
@RolesAllowed({Roles.MSO_ADMIN, Roles.MSO_OPERATOR})
public class ReconciliationService {

    @PersistenceContext(unitName = "sms")
    EntityManager em;
    @Inject
    ReconciliationWorker worker;
    @Resource
    SessionContext session;

    /** Starts a run in the background and returns it (RUNNING); CONFLICT when one is already running. */
    @RolesAllowed(Roles.MSO_ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ReconciliationRun start() {
        long id = worker.begin(ReconciliationRun.Trigger.ON_DEMAND, session.getCallerPrincipal().getName());
        worker.process(id);
        return em.find(ReconciliationRun.class, id);
    }

    /** Runs, newest first. */
    public List<ReconciliationRun> runs(PageRequest page) {
        return em.createQuery("select r from ReconciliationRun r order by r.startedAt desc, r.id desc", ReconciliationRun.class)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    public Optional<ReconciliationRun> run(long id) {
        return Optional.ofNullable(em.find(ReconciliationRun.class, id));
    }

    public ReconciliationRun getRun(long id) {
        return run(id).orElseThrow(() -> new BusinessException(ErrorCode.NOT_FOUND, "no reconciliation run " + id));
    }

    /** A run's differences in card order. */
    public List<ReconciliationDifference> differences(long runId, PageRequest page) {
        getRun(runId);
        return em.createQuery("select d from ReconciliationDifference d where d.runId = :run order by d.card, d.id",
                        ReconciliationDifference.class)
                .setParameter("run", runId).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    public long differenceCount(long runId) {
        return em.createQuery("select count(d) from ReconciliationDifference d where d.runId = :run", Long.class)
                .setParameter("run", runId).getSingleResult();
    }

    /**
     * Writes the run's report as CSV for auditors: a summary (who, when, status, counts), then one line per
     * difference (card, aspect, what the SMS says, what the CAS had, commands re-sent), streamed page by page.
     */
    public void writeReport(long runId, Writer out) {
        ReconciliationRun run = getRun(runId);
        try {
            out.write(ReconciliationReport.summary(run));
            out.write(ReconciliationReport.HEADER);
            for (int offset = 0; ; offset += 1000) {
                List<ReconciliationDifference> page = differences(runId, new PageRequest(offset, 1000, null, true));
                for (ReconciliationDifference d : page) {
                    out.write(ReconciliationReport.line(d));
                }
                em.clear();
                if (page.size() < 1000) {
                    break;
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
