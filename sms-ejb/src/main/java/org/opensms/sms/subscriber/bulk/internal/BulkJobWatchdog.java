package org.opensms.sms.subscriber.bulk.internal;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.opensms.sms.shared.StoredTime;
import org.opensms.sms.subscriber.bulk.BulkJob;

/**
 * Ends, as FAILED, bulk jobs that have made no progress for {@link #STALLED}: the server that ran them stopped (a
 * restart, a crash, an instance taken out of the cluster). What they did is kept (each chunk committed with its
 * counters); starting the job again continues in effect, because subscribers already in the target status are
 * skipped. A live job is never taken: it commits progress every chunk of 200 subscribers, and while a chunk runs it
 * holds its job row locked, so this update waits for it and then finds the job fresh. Runs every minute on every
 * instance; a job is ended once.
 */
@Singleton
public class BulkJobWatchdog {

    static final Duration STALLED = Duration.ofMinutes(10);
    private static final Logger LOG = Logger.getLogger(BulkJobWatchdog.class.getName());

    @PersistenceContext(unitName = "sms")
    EntityManager em;
    @Inject
    Clock clock;

    @Schedule(minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void endStalledJobs() {
        try {
            int ended = endStalledJobs(clock.instant());
            if (ended > 0) {
                LOG.warning(ended + " bulk job(s) made no progress for " + STALLED.toMinutes() + " minutes and were ended as FAILED");
            }
        } catch (RuntimeException e) {
            // a lock timeout on a job row means a chunk is running: the job is alive; try again in a minute
            LOG.log(Level.FINE, "bulk job watchdog: " + e, e);
        }
    }

    /** Ends the stalled jobs as of {@code now}; returns how many. */
    int endStalledJobs(Instant now) {
        OffsetDateTime at = StoredTime.utc(now);
        return em.createQuery("update BulkJob j set j.status = :failed, j.finishedAt = :now, j.updatedAt = :now,"
                        + " j.message = :message where j.status in (:queued, :running) and j.updatedAt < :before")
                .setParameter("failed", BulkJob.Status.FAILED).setParameter("now", at)
                .setParameter("message", "no progress for " + STALLED.toMinutes() + " minutes: the server running the"
                        + " job stopped. What was done is kept; start the job again to finish it (subscribers already"
                        + " changed are skipped)")
                .setParameter("queued", BulkJob.Status.QUEUED).setParameter("running", BulkJob.Status.RUNNING)
                .setParameter("before", at.minus(STALLED)).executeUpdate();
    }
}
