package org.opensms.sms.subscriber.bulk.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.Surface;
import org.opensms.sms.subscriber.Subscriber;
import org.opensms.sms.subscriber.SubscriberChange;
import org.opensms.sms.subscriber.bulk.BulkAction;
import org.opensms.sms.subscriber.bulk.BulkJob;
import org.opensms.sms.subscriber.bulk.BulkJobResult;
import org.opensms.sms.subscriber.bulk.BulkOutcome;
import org.opensms.sms.subscriber.bulk.BulkTarget;
import org.opensms.sms.subscriber.internal.SubscriberRepository;

/**
 * Runs bulk jobs in the background, {@link #CHUNK} subscribers per transaction (REQUIRES_NEW), in customer-ID
 * order (keyset on the last customer ID) for an LCO, an area or a filter, in line order for an uploaded list.
 * <p>
 * Each chunk first runs all its subscribers in its one transaction: fast, and each subscriber's status, history and
 * CAS commands commit together with the job's counters and result rows. Subscribers in the wrong status are
 * skipped before calling the service, so the usual case throws nothing. Should anything still go wrong (a
 * concurrent change, a CAS adapter refusal: a BusinessException is an application exception with rollback, so it
 * dooms the whole transaction), the chunk is rolled back as a whole and run again with each subscriber in a
 * transaction of its own ({@link BulkStep#applyAlone}), the failing ones recorded as FAILED with their reason and
 * the others kept. Only if that too fails, or if every subscriber of the chunk fails with a system error (nothing can
 * commit: a database refusing two-phase commit, a broker gone), does the job end as FAILED, keeping what was done.
 * A job whose server stopped is ended by {@link BulkJobWatchdog}.
 * <p>
 * Security: the requester's identity propagates to the {@code @Asynchronous} call (EJB 4.5.4), so the history
 * names the requester and the roles of SubscriberService are those of the requester (MSO_ADMIN or MSO_OPERATOR,
 * checked when the job is started). Not a public API.
 */
@Stateless
public class BulkJobWorker {

    public static final int CHUNK = 200;
    private static final Logger LOG = Logger.getLogger(BulkJobWorker.class.getName());

    @PersistenceContext(unitName = "sms")
    EntityManager em;
    @Inject
    BulkStep step;
    @Inject
    SubscriberRepository subscribers;
    @Inject
    Clock clock;
    @Resource
    SessionContext self;

    /** Records a QUEUED job; for a list, its lines as PENDING results (seq = position in the list, from 1). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long begin(BulkAction action, BulkTarget target, Long lcoId, String reason, String requestedBy, Surface via) {
        long total = switch (target.kind()) {
            case LIST -> target.customerIds().size();
            case LCO -> em.createQuery("select count(s) from Subscriber s where s.lcoId = :lco", Long.class)
                    .setParameter("lco", lcoId).getSingleResult();
            case AREA -> em.createQuery("select count(s) from Subscriber s where s.area = :area", Long.class)
                    .setParameter("area", target.area()).getSingleResult();
            case FILTER -> subscribers.count(target.filter());
        };
        BulkJob job = new BulkJob(action, target, lcoId, reason, requestedBy, via, total, clock.instant());
        em.persist(job);
        em.flush();
        if (target.kind() == BulkTarget.Kind.LIST) {
            long seq = 0;
            for (String id : target.customerIds()) {
                em.persist(new BulkJobResult(job.getId(), ++seq, id, BulkOutcome.PENDING, null));
                if (seq % 1000 == 0) {
                    em.flush();
                    em.clear();
                }
            }
        }
        return job.getId();
    }

    /** Works through the job, chunk by chunk, in the background. */
    @Asynchronous
    public void process(long jobId) {
        processNow(jobId);
    }

    /** The same as {@link #process}, in the caller's thread. */
    public void processNow(long jobId) {
        BulkJobWorker me = self.getBusinessObject(BulkJobWorker.class);
        try {
            while (true) {
                boolean more;
                try {
                    more = me.chunk(jobId, false);
                } catch (RuntimeException e) {
                    LOG.log(Level.FINE, "bulk job " + jobId + ": chunk rolled back, running it subscriber by subscriber", e);
                    more = me.chunk(jobId, true);
                }
                if (!more) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "bulk job " + jobId + " failed", e);
            me.fail(jobId, rootMessage(e));
        }
    }

    /** One target of a chunk: its place and customer ID, and its PENDING result row for a list. */
    private record Item(long seq, String customerId, BulkJobResult row) {
    }

    /**
     * Runs the next chunk; false when the job is finished. {@code oneByOne}: each subscriber in a transaction of
     * its own, failures recorded (after the chunk failed as a whole).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean chunk(long jobId, boolean oneByOne) {
        BulkJob job = em.find(BulkJob.class, jobId, LockModeType.PESSIMISTIC_WRITE);
        if (job == null || job.isFinished()) {
            return false;
        }
        if (!oneByOne) {
            // the chunk's writes (200 subscribers' status, history, CAS journal and expected state) go to the database
            // at commit, batched per statement, instead of before every query: 100,000 suspensions in 295 s instead of
            // 650 s (sms-bench RESULTS.md). The rows read here are each subscriber's own, never one another's.
            em.setFlushMode(FlushModeType.COMMIT);
        }
        Instant now = clock.instant();
        job.running(now);
        List<Item> items = next(job);
        if (items.isEmpty()) {
            job.finish(BulkJob.Status.DONE, null, now);
            return false;
        }
        String reason = historyReason(job);
        long succeeded = 0;
        long skipped = 0;
        long failed = 0;
        int systemFailures = 0;
        for (Item item : items) {
            BulkStep.Result r;
            if (oneByOne) {
                try {
                    r = step.applyAlone(job.getAction(), item.customerId(), reason, job.getRequestedVia());
                } catch (BusinessException e) {
                    r = new BulkStep.Result(BulkOutcome.FAILED, e.getMessage());
                } catch (RuntimeException e) {
                    r = new BulkStep.Result(BulkOutcome.FAILED, rootMessage(e));
                    if (++systemFailures == items.size()) {
                        // not one subscriber's problem: nothing commits (a database refusing two-phase commit, a
                        // broker gone). Stop instead of failing every subscriber of the target one by one.
                        throw new IllegalStateException("every subscriber of a chunk failed, the last with: "
                                + r.message() + "; the job stopped; what was done before is kept", e);
                    }
                }
            } else {
                r = step.apply(job.getAction(), item.customerId(), reason, job.getRequestedVia());
            }
            switch (r.outcome()) {
                case SKIPPED -> skipped++;
                case FAILED -> failed++;
                default -> succeeded++;
            }
            if (item.row() != null) {
                item.row().record(r.outcome(), r.message());
            } else {
                em.persist(new BulkJobResult(jobId, item.seq(), item.customerId(), r.outcome(), r.message()));
            }
        }
        Item last = items.get(items.size() - 1);
        job.progressed(succeeded, skipped, failed, last.customerId(), last.seq(), clock.instant());
        return true;
    }

    private List<Item> next(BulkJob job) {
        List<Item> items = new ArrayList<>();
        if (job.getTargetKind() == BulkTarget.Kind.LIST) {
            for (BulkJobResult r : em.createQuery("select r from BulkJobResult r where r.jobId = :job and r.seq > :last"
                            + " order by r.seq", BulkJobResult.class)
                    .setParameter("job", job.getId()).setParameter("last", job.getLastSeq())
                    .setMaxResults(CHUNK).getResultList()) {
                items.add(new Item(r.getSeq(), r.getCustomerId(), r));
            }
            return items;
        }
        String last = job.getLastCustomerId() == null ? "" : job.getLastCustomerId();
        List<String> ids = switch (job.getTargetKind()) {
            case LCO -> em.createQuery("select s.customerId from Subscriber s where s.lcoId = :lco and s.customerId > :last"
                            + " order by s.customerId", String.class)
                    .setParameter("lco", job.getTargetLcoId()).setParameter("last", last).setMaxResults(CHUNK).getResultList();
            case AREA -> em.createQuery("select s.customerId from Subscriber s where s.area = :area and s.customerId > :last"
                            + " order by s.customerId", String.class)
                    .setParameter("area", job.getTargetArea()).setParameter("last", last).setMaxResults(CHUNK).getResultList();
            default -> subscribers.listAfter(job.filter(), job.getLastCustomerId(), CHUNK).stream()
                    .map(Subscriber::getCustomerId).map(Object::toString).toList();
        };
        long seq = job.getLastSeq();
        for (String id : ids) {
            items.add(new Item(++seq, id, null));
        }
        return items;
    }

    /** The reason written to each subscriber's history: the job's number and its reason. */
    static String historyReason(BulkJob job) {
        String r = "bulk job " + job.getId() + ": " + job.getReason();
        return r.length() <= SubscriberChange.MAX_REASON ? r : r.substring(0, SubscriberChange.MAX_REASON);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fail(long jobId, String reason) {
        BulkJob job = em.find(BulkJob.class, jobId, LockModeType.PESSIMISTIC_WRITE);
        if (job != null && !job.isFinished()) {
            job.finish(BulkJob.Status.FAILED, reason, clock.instant());
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + t + ")";
    }
}
