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
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opensms.sms.catalog.CatalogService;
import org.opensms.sms.pairing.PairingService;
import org.opensms.sms.shared.BusinessCalendar;
import org.opensms.sms.subscription.EntitlementBatch;
import org.opensms.sms.subscription.EntitlementChanged;
import org.opensms.sms.subscription.RenewalRunReport;

/**
 * The expiry and renewal run: every hour at minute 5 (India), and on demand, it takes the subscriptions whose end
 * date has passed in chunks of {@value #CHUNK}, each chunk one transaction ({@link RenewalStep}: renew the auto-renewing
 * ones, expire the rest, tell the CAS), {@code sms.renewal.parallel} chunks (default 2) at a time: this thread reads
 * the due ids chunk after chunk (keyset on the id) and hands each to {@link #chunkAsync}. Chunks hold disjoint
 * subscriptions; two may meet on a card (one STB's subscriptions in both), which each locks in card order, so one
 * waits for the other. A chunk that fails is rolled back whole, counted as failed and left for the next run. One run at a time in this server; rows are re-checked under lock, so runs on two servers of a cluster
 * never act twice on a subscription. The last run's figures: {@link #lastRun()}.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class SubscriptionRenewalJob {

    static final int CHUNK = 500;
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
        long afterId = 0;
        Deque<Pending> running = new ArrayDeque<>();
        try {
            while (true) {
                List<Long> ids = repository.due(today, afterId, CHUNK);
                if (ids.isEmpty()) {
                    break;
                }
                afterId = ids.get(ids.size() - 1);
                t.due += ids.size();
                while (running.size() >= Math.max(1, parallel)) {
                    t.add(running.removeFirst());
                    last.set(t.report(report, null));
                }
                running.addLast(new Pending(ids.size(), me.chunkAsync(ids, today)));
            }
            while (!running.isEmpty()) {
                t.add(running.removeFirst());
            }
        } finally {
            last.set(t.report(report, clock.instant()));
        }
        if (t.due > 0) {
            LOG.info("Expiry and renewal as of " + today + ": " + t.due + " due, " + t.expired + " expired, " + t.renewed
                    + " renewed, " + t.failed + " failed");
        }
        return last.get();
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

        RenewalRunReport report(RenewalRunReport first, java.time.Instant finishedAt) {
            return new RenewalRunReport(first.asOf(), first.requestedBy(), first.startedAt(), finishedAt, due, expired,
                    renewed, failed, error);
        }
    }

    /** A chunk handed to {@link #chunkAsync}; {@link #await} gives its counts, or null (and the error) if it failed. */
    private static final class Pending {
        private final int size;
        private final Future<RenewalStep.Counts> result;
        private String error;

        Pending(int size, Future<RenewalStep.Counts> result) {
            this.size = size;
            this.result = result;
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
    public Future<RenewalStep.Counts> chunkAsync(List<Long> ids, LocalDate today) {
        return new AsyncResult<>(chunk(ids, today));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public RenewalStep.Counts chunk(List<Long> ids, LocalDate today) {
        repository.writeAtCommit();
        return new RenewalStep(repository, catalog, pairing, cas, casBatch, clock).process(ids, today);
    }
}
