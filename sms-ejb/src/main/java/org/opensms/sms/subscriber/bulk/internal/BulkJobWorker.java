package org.opensms.sms.subscriber.bulk.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.AsyncResult;
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
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.Surface;
import org.opensms.sms.subscriber.Subscriber;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opensms.sms.subscriber.SubscriberChange;
import org.opensms.sms.subscriber.SubscriberFilter;
import org.opensms.sms.subscriber.bulk.BulkAction;
import org.opensms.sms.subscriber.bulk.BulkJob;
import org.opensms.sms.subscriber.bulk.BulkJobResult;
import org.opensms.sms.subscriber.bulk.BulkOutcome;
import org.opensms.sms.subscriber.bulk.BulkTarget;
import org.opensms.sms.subscriber.internal.SubscriberRepository;

/**
 * Runs bulk jobs in the background, {@link #CHUNK} subscribers per transaction (REQUIRES_NEW), handed out in
 * customer-ID order (keyset on the last customer ID) for an LCO, an area or a filter, in line order for an uploaded
 * list, and run {@code sms.bulk.parallel} (default 2) at a time.
 * <p>
 * Each chunk first runs all its subscribers in its one transaction, having read them, their pairs and their cards'
 * expected CAS state ahead ({@link BulkStep#prepare}): fast, and each subscriber's status, history and
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
    @Inject
    @ConfigProperty(name = "sms.bulk.parallel", defaultValue = "2")
    int parallel;
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

    /**
     * The same as {@link #process}, in the caller's thread: this thread reads the targets chunk after chunk (a cheap
     * keyset query) and hands each chunk to {@link #chunkAsync}, keeping at most {@code sms.bulk.parallel} chunks
     * (default 2) running at once; then it ends the job. Chunks hold disjoint subscribers (and so disjoint pairs and
     * cards) and meet only on the job's row, which each locks at its very end to add its counts.
     */
    public void processNow(long jobId) {
        BulkJobWorker me = self.getBusinessObject(BulkJobWorker.class);
        Deque<Future<Boolean>> running = new ArrayDeque<>();
        try {
            Cursor cursor = me.startAt(jobId);
            while (cursor != null) {
                List<Item> items = me.next(cursor);
                if (items.isEmpty()) {
                    break;
                }
                cursor = cursor.after(items.get(items.size() - 1));
                while (running.size() >= Math.max(1, parallel)) {
                    running.removeFirst().get();
                }
                running.addLast(me.chunkAsync(jobId, items));
            }
            while (!running.isEmpty()) {
                running.removeFirst().get();
            }
            me.end(jobId);
        } catch (ExecutionException | RuntimeException e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            LOG.log(Level.WARNING, "bulk job " + jobId + " failed", cause);
            me.fail(jobId, rootMessage(cause));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            me.fail(jobId, "interrupted");
        }
    }

    /** Where the targets not yet handed out start: after this customer ID (keyset) or this line (list). */
    public record Cursor(long jobId, BulkTarget.Kind kind, Long lcoId, String area, SubscriberFilter filter,
                         String lastCustomerId, long lastSeq) implements Serializable {
        Cursor after(Item last) {
            return new Cursor(jobId, kind, lcoId, area, filter, last.customerId(), last.seq());
        }
    }

    /** One target of a chunk: its place and customer ID. */
    public record Item(long seq, String customerId) implements Serializable {
    }

    /** Marks the job RUNNING and gives where it starts; null when it is already finished. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Cursor startAt(long jobId) {
        BulkJob job = em.find(BulkJob.class, jobId, LockModeType.PESSIMISTIC_WRITE);
        if (job == null || job.isFinished()) {
            return null;
        }
        job.running(clock.instant());
        return new Cursor(jobId, job.getTargetKind(), job.getTargetLcoId(), job.getTargetArea(),
                job.getTargetKind() == BulkTarget.Kind.FILTER ? job.filter() : null, job.getLastCustomerId(), job.getLastSeq());
    }

    /** The next chunk of targets after the cursor (read only). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Item> next(Cursor c) {
        List<Item> items = new ArrayList<>();
        if (c.kind() == BulkTarget.Kind.LIST) {
            for (Object[] r : em.createQuery("select r.seq, r.customerId from BulkJobResult r where r.jobId = :job"
                            + " and r.seq > :last order by r.seq", Object[].class)
                    .setParameter("job", c.jobId()).setParameter("last", c.lastSeq()).setMaxResults(CHUNK).getResultList()) {
                items.add(new Item((Long) r[0], (String) r[1]));
            }
            return items;
        }
        String last = c.lastCustomerId() == null ? "" : c.lastCustomerId();
        List<String> ids = switch (c.kind()) {
            case LCO -> em.createQuery("select s.customerId from Subscriber s where s.lcoId = :lco and s.customerId > :last"
                            + " order by s.customerId", String.class)
                    .setParameter("lco", c.lcoId()).setParameter("last", last).setMaxResults(CHUNK).getResultList();
            case AREA -> em.createQuery("select s.customerId from Subscriber s where s.area = :area and s.customerId > :last"
                            + " order by s.customerId", String.class)
                    .setParameter("area", c.area()).setParameter("last", last).setMaxResults(CHUNK).getResultList();
            default -> subscribers.listAfter(c.filter(), c.lastCustomerId(), CHUNK).stream()
                    .map(Subscriber::getCustomerId).map(Object::toString).toList();
        };
        long seq = c.lastSeq();
        for (String id : ids) {
            items.add(new Item(++seq, id));
        }
        return items;
    }

    /**
     * Runs one chunk in a container thread (the requester's identity goes with it): all its subscribers in one
     * transaction, or, if that rolls back, each in a transaction of its own. The future fails when even that fails.
     */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Future<Boolean> chunkAsync(long jobId, List<Item> items) {
        BulkJobWorker me = self.getBusinessObject(BulkJobWorker.class);
        boolean done;
        try {
            done = me.chunk(jobId, items, false);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "bulk job " + jobId + ": chunk rolled back, running it subscriber by subscriber", e);
            done = me.chunk(jobId, items, true);
        }
        return new AsyncResult<>(done);
    }

    /**
     * Runs one chunk; false when the job had already finished (failed meanwhile). {@code oneByOne}: each subscriber in
     * a transaction of its own, failures recorded (after the chunk failed as a whole).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean chunk(long jobId, List<Item> items, boolean oneByOne) {
        BulkJob job = em.find(BulkJob.class, jobId);
        if (job == null || job.isFinished()) {
            return false;
        }
        if (!oneByOne) {
            // the chunk's writes (200 subscribers' status, history, CAS journal and expected state) go to the database
            // at commit, batched per statement, instead of before every query: 100,000 suspensions in 295 s instead of
            // 650 s (sms-bench RESULTS.md). The rows read here are each subscriber's own, never one another's.
            em.setFlushMode(FlushModeType.COMMIT);
            // and the chunk's subscribers, pairs and cards' expected state are read (and locked) ahead in three
            // queries instead of one to four per subscriber: 85 s instead of 234 s
            step.prepare(job.getAction(), items.stream().map(Item::customerId).toList());
        }
        Map<Long, BulkJobResult> rows = new HashMap<>();
        if (job.getTargetKind() == BulkTarget.Kind.LIST) {
            em.createQuery("select r from BulkJobResult r where r.jobId = :job and r.seq between :first and :last",
                            BulkJobResult.class)
                    .setParameter("job", jobId).setParameter("first", items.get(0).seq())
                    .setParameter("last", items.get(items.size() - 1).seq())
                    .getResultList().forEach(r -> rows.put(r.getSeq(), r));
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
            BulkJobResult row = rows.get(item.seq());
            if (row != null) {
                row.record(r.outcome(), r.message());
            } else {
                em.persist(new BulkJobResult(jobId, item.seq(), item.customerId(), r.outcome(), r.message()));
            }
        }
        // the job's row last, so that parallel chunks wait for one another only to add their counts
        em.refresh(job, LockModeType.PESSIMISTIC_WRITE);
        if (job.isFinished()) {
            throw new IllegalStateException("bulk job " + jobId + " ended while a chunk ran; the chunk is rolled back");
        }
        Item last = items.get(items.size() - 1);
        job.progressed(succeeded, skipped, failed, last.customerId(), last.seq(), clock.instant());
        return true;
    }

    /** Ends the job as DONE once every chunk is in (unless it failed meanwhile). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void end(long jobId) {
        BulkJob job = em.find(BulkJob.class, jobId, LockModeType.PESSIMISTIC_WRITE);
        if (job != null && !job.isFinished()) {
            job.finish(BulkJob.Status.DONE, null, clock.instant());
        }
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
