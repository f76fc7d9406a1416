package org.opensms.sms.subscription.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opensms.sms.catalog.CatalogService;
import org.opensms.sms.catalog.Product;
import org.opensms.sms.pairing.PairingService;
import org.opensms.sms.shared.BusinessCalendar;
import org.opensms.sms.subscription.EntitlementBatch;
import org.opensms.sms.subscription.EntitlementChanged;
import org.opensms.sms.subscription.RenewalRunReport;

/**
 * The expiry and renewal run: every hour at minute 5 (India), and on demand, it takes the subscriptions whose end
 * date has passed in chunks of {@value #CHUNK}, each chunk one transaction ({@link RenewalStep}: renew the auto-renewing
 * ones, expire the rest, tell the CAS), {@code sms.renewal.parallel} chunks (default 2) at a time. The due ids are cut
 * at the start into one id range per parallel chunk ({@link SubscriptionRepository#dueSplitIds}); this thread reads
 * each range chunk after chunk (keyset on the id) and hands each chunk to {@link #chunkAsync}, one chunk per range at
 * a time. Chunks of one range never run together, so the neighbouring subscriptions of one STB (consecutive ids), whose
 * card both would lock, meet only at a range's edge. A chunk that fails is rolled back whole, counted as failed and
 * left for the next run. One run at a time in this server; rows are re-checked under lock, so runs on two servers of
 * a cluster never act twice on a subscription. A run reads each product once, when a chunk first meets it. The last
 * run's figures: {@link #lastRun()}; how many are due: {@link #countDue}.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class SubscriptionRenewalJob {

    static final int CHUNK = 500;
    /** How long a count of the due subscriptions is given again before it is taken anew (consoles poll it). */
    static final Duration DUE_COUNT_KEPT = Duration.ofSeconds(10);
    private static final Logger LOG = Logger.getLogger(SubscriptionRenewalJob.class.getName());

    @Inject
    SubscriptionRepository repository;
    @Inject
    CatalogService catalog;
    @Inject
    PairingService pairing;
    @Inject
    Event<EntitlementChanged> cas;
    @Inject
    Event<EntitlementBatch> casBatch;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "sms.renewal.parallel", defaultValue = "2")
    int parallel;
    @Resource
    SessionContext self;

    private final AtomicReference<RenewalRunReport> last = new AtomicReference<>();
    private final AtomicReference<DueCount> dueCount = new AtomicReference<>();

    /** A count of the due subscriptions as of a day, taken at an instant. */
    record DueCount(LocalDate day, long count, Instant takenAt) {
    }

    @Schedule(minute = "5", hour = "*", timezone = "Asia/Kolkata", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void hourly() {
        runNow("schedule");
    }

    /** Starts a run in the background unless one is going; false if one is. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean start(String requestedBy) {
        RenewalRunReport claimed = claim(requestedBy);
        if (claimed == null) {
            return false;
        }
        self.getBusinessObject(SubscriptionRenewalJob.class).runInBackground(claimed);
        return true;
    }

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void runInBackground(RenewalRunReport claimed) {
        run(claimed);
    }

    public RenewalRunReport lastRun() {
        return last.get();
    }

    /**
     * How many subscriptions are due on the day. The count (0.2 s at 1,000,000 due on PostgreSQL, seconds while a run
     * changes them) is kept {@link #DUE_COUNT_KEPT} for the consoles and clients that poll it. While a run of that day
     * is going it is not counted at all: the count taken at the run's start less what the run has expired or renewed
     * since.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long countDue(LocalDate day) {
        DueCount kept = dueCount.get();
        RenewalRunReport run = last.get();
        if (kept != null && kept.day().equals(day) && run != null && run.running() && run.asOf().equals(day)
                && !kept.takenAt().isBefore(run.startedAt())) {
            return dueDuringRun(kept, run);
        }
        Instant now = clock.instant();
        if (kept != null && kept.day().equals(day) && !now.isAfter(kept.takenAt().plus(DUE_COUNT_KEPT))
                && !now.isBefore(kept.takenAt())) {
            return kept.count();
        }
        long count = repository.countDue(day);
        dueCount.set(new DueCount(day, count, now));
        return count;
    }

    /** Due now, while a run goes: the count at its start less what it expired or renewed (failed ones stay due). */
    static long dueDuringRun(DueCount atStart, RenewalRunReport run) {
        return Math.max(0, atStart.count() - run.expired() - run.renewed());
    }

    /** Runs to the end in the calling thread; returns its report (or the going run's, if one is going). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public RenewalRunReport runNow(String requestedBy) {
        RenewalRunReport claimed = claim(requestedBy);
        return claimed == null ? last.get() : run(claimed);
    }

    /** The new run's first report, or null if a run is going. */
    private RenewalRunReport claim(String requestedBy) {
        RenewalRunReport before = last.get();
        if (before != null && before.running()) {
            return null;
        }
        RenewalRunReport report = new RenewalRunReport(BusinessCalendar.today(clock), requestedBy, clock.instant(), null,
                0, 0, 0, 0, null);
        return last.compareAndSet(before, report) ? report : null;
    }

    private RenewalRunReport run(RenewalRunReport report) {
        LocalDate today = report.asOf();
        SubscriptionRenewalJob me = self.getBusinessObject(SubscriptionRenewalJob.class);
        Tally t = new Tally();
        Map<Long, Product> products = new ConcurrentHashMap<>();
        try {
            long due = repository.countDue(today);
            dueCount.set(new DueCount(today, due, report.startedAt()));
            Deque<IdRange> idle = new ArrayDeque<>(ranges(repository.dueSplitIds(today, due, Math.max(1, parallel))));
            Deque<Pending> running = new ArrayDeque<>();
            while (!idle.isEmpty() || !running.isEmpty()) {
                while (!idle.isEmpty()) {
                    IdRange range = idle.removeFirst();
                    List<Long> ids = repository.due(today, range.afterId(), range.upTo(), CHUNK);
                    if (!ids.isEmpty()) {
                        range.afterId = ids.get(ids.size() - 1);
                        t.due += ids.size();
                        running.addLast(new Pending(range, ids.size(), me.chunkAsync(ids, today, products)));
                    }
                }
                if (!running.isEmpty()) {
                    Pending done = running.removeFirst();
                    t.add(done);
                    last.set(t.report(report, null));
                    idle.addLast(done.range());
                }
            }
        } finally {
            dueCount.set(null);
            last.set(t.report(report, clock.instant()));
        }
        if (t.due > 0) {
            LOG.info("Expiry and renewal as of " + today + ": " + t.due + " due, " + t.expired + " expired, " + t.renewed
                    + " renewed, " + t.failed + " failed");
        }
        return last.get();
    }

    /** The id ranges between the cuts: (0, cut1], (cut1, cut2], ..., (lastCut, Long.MAX_VALUE]. */
    public static List<IdRange> ranges(List<Long> cuts) {
        List<IdRange> ranges = new ArrayList<>();
        long after = 0;
        for (long cut : cuts) {
            ranges.add(new IdRange(after, cut));
            after = cut;
        }
        ranges.add(new IdRange(after, Long.MAX_VALUE));
        return ranges;
    }

    /** A range of due ids, (afterId, upTo]; afterId moves on as its chunks are handed out. */
    public static final class IdRange {
        private long afterId;
        private final long upTo;

        IdRange(long afterId, long upTo) {
            this.afterId = afterId;
            this.upTo = upTo;
        }

        public long afterId() {
            return afterId;
        }

        public long upTo() {
            return upTo;
        }
    }

    /** The run's counts so far. */
    private static final class Tally {
        long due;
        long expired;
        long renewed;
        long failed;
        String error;

        void add(Pending p) {
            RenewalStep.Counts c = p.await();
            if (c == null) {
                failed += p.size();
                error = p.error();
            } else {
                expired += c.expired();
                renewed += c.renewed();
            }
        }

        RenewalRunReport report(RenewalRunReport first, Instant finishedAt) {
            return new RenewalRunReport(first.asOf(), first.requestedBy(), first.startedAt(), finishedAt, due, expired,
                    renewed, failed, error);
        }
    }

    /** A chunk handed to {@link #chunkAsync}; {@link #await} gives its counts, or null (and the error) if it failed. */
    private static final class Pending {
        private final IdRange range;
        private final int size;
        private final Future<RenewalStep.Counts> result;
        private String error;

        Pending(IdRange range, int size, Future<RenewalStep.Counts> result) {
            this.range = range;
            this.size = size;
            this.result = result;
        }

        IdRange range() {
            return range;
        }

        int size() {
            return size;
        }

        String error() {
            return error;
        }

        RenewalStep.Counts await() {
            try {
                return result.get();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                error = String.valueOf(cause.getMessage());
                LOG.log(Level.WARNING, "Expiry and renewal: a chunk of " + size + " failed and was rolled back", cause);
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                error = "interrupted";
                return null;
            }
        }
    }

    /** {@link #chunk} on the container's asynchronous threads, in a transaction of its own. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Future<RenewalStep.Counts> chunkAsync(List<Long> ids, LocalDate today, Map<Long, Product> products) {
        return new AsyncResult<>(chunk(ids, today, products));
    }

    /**
     * One chunk in a transaction of its own. {@code products}: the run's products read so far, by id (read-only, shared by
     * the run's chunks); the chunk adds those it reads.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public RenewalStep.Counts chunk(List<Long> ids, LocalDate today, Map<Long, Product> products) {
        repository.writeAtCommit();
        return new RenewalStep(repository, catalog, pairing, cas, casBatch, clock).process(ids, today, products);
    }
}
