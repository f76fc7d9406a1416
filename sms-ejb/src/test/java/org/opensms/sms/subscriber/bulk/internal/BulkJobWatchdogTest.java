package org.opensms.sms.subscriber.bulk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.opensms.sms.persistence.TestDatabases;
import org.opensms.sms.shared.Surface;
import org.opensms.sms.subscriber.bulk.BulkAction;
import org.opensms.sms.subscriber.bulk.BulkJob;
import org.opensms.sms.subscriber.bulk.BulkTarget;

/**
 * The watchdog ends jobs whose server stopped (no progress for ten minutes) and leaves live and finished jobs alone,
 * on H2 and on the PostgreSQL server.
 */
class BulkJobWatchdogTest {

    private static final Instant T0 = Instant.parse("2026-11-26T03:00:00Z");

    @Test
    void onH2() throws Exception {
        endsOnlyStalledJobs(TestDatabases.h2());
    }

    @Test
    void onPostgresql() throws Exception {
        endsOnlyStalledJobs(TestDatabases.postgresql("bulk_watchdog_test"));
    }

    private static void endsOnlyStalledJobs(DataSource ds) throws Exception {
        EntityManagerFactory emf = TestDatabases.migrateAndOpen(ds);
        try {
            long stalled = job(emf, T0, 200);          // RUNNING, last progress at T0 + 1 s
            long fresh = job(emf, T0.plusSeconds(700), 400);
            long queued = job(emf, T0, -1);            // never started
            long done = job(emf, T0, 0);               // finished long ago
            int ended = TestDatabases.read(emf, em -> {
                BulkJobWatchdog w = new BulkJobWatchdog();
                w.em = em;
                em.getTransaction().begin();
                int n = w.endStalledJobs(T0.plusSeconds(11 * 60));
                em.getTransaction().commit();
                return n;
            });
            assertThat(ended).isEqualTo(2);
            BulkJob s = TestDatabases.read(emf, em -> em.find(BulkJob.class, stalled));
            assertThat(s.getStatus()).isEqualTo(BulkJob.Status.FAILED);
            assertThat(s.getDone()).as("what was done is kept").isEqualTo(200);
            assertThat(s.getMessage()).contains("no progress for 10 minutes").contains("start the job again");
            assertThat(TestDatabases.read(emf, em -> em.find(BulkJob.class, queued)).getStatus()).isEqualTo(BulkJob.Status.FAILED);
            assertThat(TestDatabases.read(emf, em -> em.find(BulkJob.class, fresh)).getStatus()).isEqualTo(BulkJob.Status.RUNNING);
            BulkJob d = TestDatabases.read(emf, em -> em.find(BulkJob.class, done));
            assertThat(d.getStatus()).isEqualTo(BulkJob.Status.DONE);
            assertThat(d.getMessage()).isNull();
        } finally {
            emf.close();
        }
    }

    /** A job requested at {@code at}: progressed by {@code done} subscribers 1 s later (0: then finished; -1: queued). */
    private static long job(EntityManagerFactory emf, Instant at, long done) {
        BulkJob job = new BulkJob(BulkAction.SUSPEND, BulkTarget.area("Koramangala"), null, "non-payment", "operator1",
                Surface.REST, 1000, at);
        TestDatabases.inTransaction(emf, em -> {
            em.persist(job);
            if (done >= 0) {
                job.running(at);
                job.progressed(done, 0, 0, "SMS" + done, 0, at.plusSeconds(1));
            }
            if (done == 0) {
                job.finish(BulkJob.Status.DONE, null, at.plusSeconds(2));
            }
        });
        return job.getId();
    }
}
