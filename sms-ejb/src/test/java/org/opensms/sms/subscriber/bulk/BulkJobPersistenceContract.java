package org.opensms.sms.subscriber.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opensms.sms.persistence.TestDatabases;
import org.opensms.sms.shared.IndianState;
import org.opensms.sms.shared.Surface;
import org.opensms.sms.subscriber.SubscriberFilter;
import org.opensms.sms.subscriber.SubscriberStatus;

/**
 * Bulk job rows and their results on every supported database: the mapping matches V10, a filter job keeps its
 * filter, counters and keyset position survive, results read back in order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BulkJobPersistenceContract {

    private static final Instant NOW = Instant.parse("2026-11-26T03:00:00.123456789Z");
    private EntityManagerFactory emf;

    protected abstract DataSource emptySchema() throws Exception;

    @BeforeAll
    void open() throws Exception {
        emf = TestDatabases.migrateAndOpen(emptySchema());
    }

    @AfterAll
    void close() {
        if (emf != null) {
            emf.close();
        }
    }

    private long persist(BulkJob job) {
        TestDatabases.inTransaction(emf, em -> em.persist(job));
        return job.getId();
    }

    @Test
    void aFilterJobKeepsItsFilterAndCounters() {
        SubscriberFilter f = new SubscriberFilter("SMS0", "RAVI", "9845", "Bengaluru", IndianState.KA, SubscriberStatus.ACTIVE,
                "LCO0001", "Koramangala", "SKW-0001", "NAGRA-0001");
        long id = persist(new BulkJob(BulkAction.SUSPEND, BulkTarget.filter(f), null, "non-payment", "operator1",
                Surface.REST, 3, NOW));
        TestDatabases.inTransaction(emf, em -> {
            BulkJob j = em.find(BulkJob.class, id);
            j.running(NOW);
            em.persist(new BulkJobResult(id, 1, "SMS00000001", BulkOutcome.SUSPENDED, null));
            em.persist(new BulkJobResult(id, 2, "SMS00000002", BulkOutcome.SKIPPED, "SUSPENDED already"));
            j.progressed(1, 1, 0, "SMS00000002", 2, NOW.plusSeconds(1));
        });
        TestDatabases.inTransaction(emf, em -> {
            BulkJob j = em.find(BulkJob.class, id);
            em.persist(new BulkJobResult(id, 3, "SMS00000003", BulkOutcome.FAILED, "x".repeat(600)));
            j.progressed(0, 0, 1, "SMS00000003", 3, NOW.plusSeconds(2));
            j.finish(BulkJob.Status.DONE, null, NOW.plusSeconds(2));
        });
        BulkJob j = TestDatabases.read(emf, em -> em.find(BulkJob.class, id));
        assertThat(j.filter()).isEqualTo(f);
        assertThat(j.getTarget()).isEqualTo("filter customerId=SMS0*, name=RAVI*, mobile=9845*, city=Bengaluru*, state=KA, status=ACTIVE,"
                + " lco=LCO0001, area=Koramangala*, stb=SKW-0001, card=NAGRA-0001");
        assertThat(j.getStatus()).isEqualTo(BulkJob.Status.DONE);
        assertThat(List.of(j.getTotal(), j.getDone(), j.getSucceeded(), j.getSkipped(), j.getFailed(), j.getLastSeq()))
                .containsExactly(3L, 3L, 1L, 1L, 1L, 3L);
        assertThat(j.getLastCustomerId()).isEqualTo("SMS00000003");
        assertThat(j.getRequestedAt()).isEqualTo(Instant.parse("2026-11-26T03:00:00.123456Z"));
        assertThat(j.getRequestedVia()).isEqualTo(Surface.REST);
        assertThat(j.getPercent()).isEqualTo(100);
        List<BulkJobResult> results = TestDatabases.read(emf, em -> em.createQuery(
                "select r from BulkJobResult r where r.jobId = :j and r.seq > 0 order by r.seq", BulkJobResult.class)
                .setParameter("j", id).getResultList());
        assertThat(results).extracting(BulkJobResult::getCustomerId).containsExactly("SMS00000001", "SMS00000002", "SMS00000003");
        assertThat(results).extracting(BulkJobResult::getOutcome)
                .containsExactly(BulkOutcome.SUSPENDED, BulkOutcome.SKIPPED, BulkOutcome.FAILED);
        assertThat(results.get(2).getMessage()).hasSize(500);
        assertThat(BulkJobCsv.line(j, results.get(1))).isEqualTo(id + ",SUSPEND,2,SMS00000002,SKIPPED,SUSPENDED already\r\n");
    }

    @Test
    void aListJobsPendingLinesAreUpdatedInPlace() {
        long id = persist(new BulkJob(BulkAction.RESUME, BulkTarget.list(List.of("A1", "A2")), null, "paid",
                "admin", Surface.CONSOLE, 2, NOW));
        TestDatabases.inTransaction(emf, em -> {
            em.persist(new BulkJobResult(id, 1, "A1", BulkOutcome.PENDING, null));
            em.persist(new BulkJobResult(id, 2, "A2", BulkOutcome.PENDING, null));
        });
        TestDatabases.inTransaction(emf, em -> em.find(BulkJobResult.class, new BulkJobResult.Key(id, 2L))
                .record(BulkOutcome.RESUMED, null));
        BulkJobResult r = TestDatabases.read(emf, em -> em.find(BulkJobResult.class, new BulkJobResult.Key(id, 2L)));
        assertThat(r.getOutcome()).isEqualTo(BulkOutcome.RESUMED);
        BulkJob j = TestDatabases.read(emf, em -> em.find(BulkJob.class, id));
        assertThat(j.getTargetKind()).isEqualTo(BulkTarget.Kind.LIST);
        assertThat(j.getStatus()).isEqualTo(BulkJob.Status.QUEUED);
        assertThat(j.getPercent()).isZero();
    }
}
