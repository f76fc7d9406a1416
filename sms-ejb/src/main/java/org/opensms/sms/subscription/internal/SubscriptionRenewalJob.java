package org.opensms.sms.subscription.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
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
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.opensms.sms.catalog.CatalogService;
import org.opensms.sms.pairing.PairingService;
import org.opensms.sms.shared.BusinessCalendar;
import org.opensms.sms.subscription.EntitlementBatch;
import org.opensms.sms.subscription.EntitlementChanged;
import org.opensms.sms.subscription.RenewalRunReport;

/**
 * The expiry and renewal run: every hour at minute 5 (India), and on demand, it takes the subscriptions whose end
 * date has passed in chunks of {@value #CHUNK}, each chunk one transaction ({@link RenewalStep}: renew the auto-renewing
 * ones, expire the rest, tell the CAS). A chunk that fails is rolled back whole, counted as failed and left for the
 * next run. One run at a time in this server; rows are re-checked under lock, so runs on two servers of a cluster
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
        String requestedBy = report.requestedBy();
        SubscriptionRenewalJob me = self.getBusinessObject(SubscriptionRenewalJob.class);
        long due = 0;
        long expired = 0;
        long renewed = 0;
        long failed = 0;
        String error = null;
        long afterId = 0;
        try {
            while (true) {
                List<Long> ids = repository.due(today, afterId, CHUNK);
                if (ids.isEmpty()) {
                    break;
                }
                afterId = ids.get(ids.size() - 1);
                due += ids.size();
                try {
                    RenewalStep.Counts c = me.chunk(ids, today);
                    expired += c.expired();
                    renewed += c.renewed();
                } catch (RuntimeException e) {
                    failed += ids.size();
                    error = String.valueOf(e.getMessage());
                    LOG.log(Level.WARNING, "Expiry and renewal: a chunk of " + ids.size() + " failed and was rolled back", e);
                }
                last.set(new RenewalRunReport(today, requestedBy, report.startedAt(), null, due, expired, renewed, failed, error));
            }
        } finally {
            last.set(new RenewalRunReport(today, requestedBy, report.startedAt(), clock.instant(), due, expired, renewed, failed, error));
        }
        if (due > 0) {
            LOG.info("Expiry and renewal as of " + today + ": " + due + " due, " + expired + " expired, " + renewed
                    + " renewed, " + failed + " failed");
        }
        return last.get();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public RenewalStep.Counts chunk(List<Long> ids, LocalDate today) {
        repository.writeAtCommit();
        return new RenewalStep(repository, catalog, pairing, cas, casBatch, clock).process(ids, today);
    }
}
