package org.opensms.sms.subscriber.bulk;

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
import org.opensms.sms.security.Roles;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.ErrorCode;
import org.opensms.sms.shared.InputCheck;
import org.opensms.sms.shared.InvalidInputException;
import org.opensms.sms.shared.PageRequest;
import org.opensms.sms.shared.Surface;
import org.opensms.sms.subscriber.bulk.internal.BulkJobWorker;
import org.opensms.sms.subscriber.internal.LcoLookup;

/**
 * Bulk suspend and bulk resume as background jobs: on an uploaded list of customer IDs, an LCO, an area or the
 * subscriber list's filter, with a reason. Each subscriber goes through the ordinary suspend/resume (history, CAS
 * commands); those not in the right status are skipped and reported, never fail the job. MSO staff start and
 * follow jobs and download their results.
 */
@Stateless
@DeclareRoles({Roles.MSO_ADMIN, Roles.MSO_OPERATOR, Roles.LCO})
@RolesAllowed({Roles.MSO_ADMIN, Roles.MSO_OPERATOR})
public class BulkJobService {

    static final int PAGE = 1000;

    @PersistenceContext(unitName = "sms")
    EntityManager em;
    @Inject
    BulkJobWorker worker;
    @Inject
    LcoLookup lcos;
    @Resource
    SessionContext session;

    /** Starts a job in the background and returns it (QUEUED or already RUNNING). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public BulkJob start(BulkAction action, BulkTarget target, String reason, Surface via) {
        InputCheck check = new InputCheck();
        String why = check.required("reason", reason, BulkJob.MAX_REASON);
        if (action == null) {
            check.add("action", "is required: SUSPEND or RESUME");
        }
        if (target == null) {
            check.add("target", "is required");
        }
        check.throwIfInvalid();
        Long lcoId = null;
        if (target.kind() == BulkTarget.Kind.LCO) {
            lcoId = lcos.idOf(target.lco()).orElseThrow(() -> new InvalidInputException("lco",
                    "no LCO with code '" + target.lco() + "'"));
        }
        long id = worker.begin(action, target, lcoId, why, session.getCallerPrincipal().getName(), via);
        worker.process(id);
        return getJob(id);
    }

    /** Jobs, newest first. */
    public List<BulkJob> jobs(PageRequest page) {
        return em.createQuery("select j from BulkJob j order by j.requestedAt desc, j.id desc", BulkJob.class)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    public Optional<BulkJob> job(long id) {
        return Optional.ofNullable(em.find(BulkJob.class, id));
    }

    public BulkJob getJob(long id) {
        return job(id).orElseThrow(() -> new BusinessException(ErrorCode.NOT_FOUND, "no bulk job " + id));
    }

    /** A job's results in order (list line, or order of processing). */
    public List<BulkJobResult> results(long jobId, PageRequest page) {
        getJob(jobId);
        return resultsAfter(jobId, page.offset(), page.size());
    }

    private List<BulkJobResult> resultsAfter(long jobId, long afterSeq, int size) {
        return em.createQuery("select r from BulkJobResult r where r.jobId = :job and r.seq > :after order by r.seq",
                        BulkJobResult.class)
                .setParameter("job", jobId).setParameter("after", afterSeq).setMaxResults(size).getResultList();
    }

    /** Writes the job's results as CSV (see {@link BulkJobCsv}), streamed page by page in constant memory. */
    public void writeResults(long jobId, Writer out) {
        BulkJob job = getJob(jobId);
        try {
            out.write(BulkJobCsv.HEADER);
            long after = 0;
            while (true) {
                List<BulkJobResult> page = resultsAfter(jobId, after, PAGE);
                for (BulkJobResult r : page) {
                    out.write(BulkJobCsv.line(job, r));
                }
                em.clear();
                if (page.size() < PAGE) {
                    break;
                }
                after = page.get(page.size() - 1).getSeq();
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
