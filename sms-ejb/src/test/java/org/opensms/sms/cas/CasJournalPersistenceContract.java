package org.opensms.sms.cas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opensms.cas.api.ActivateCard;
import org.opensms.cas.api.CardNumber;
import org.opensms.cas.api.CommandKind;
import org.opensms.sms.cas.internal.CasJournalRepository;
import org.opensms.sms.persistence.TestDatabases;
import org.opensms.sms.shared.ConstraintViolation;
import org.opensms.sms.shared.PageRequest;

/**
 * The CAS journal's filters on every supported database: card, subscriber, command, latest state and days in
 * India, combined; counts agree with lists; a redelivered outcome adds no line.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CasJournalPersistenceContract {

    private EntityManagerFactory emf;

    protected abstract DataSource emptySchema() throws Exception;

    @BeforeAll
    void fill() throws Exception {
        emf = TestDatabases.migrateAndOpen(emptySchema());
        TestDatabases.inTransaction(emf, em -> {
            CasJournalRepository j = new CasJournalRepository(em);
            // c1..c5 on 24 and 25 November (IST); 18:40Z on the 24th is 00:10 IST on the 25th
            j.add(command("c1", "ACTIVATE_CARD", "1001", "SMS00000001", "2026-11-24T05:00:00Z"));
            j.add(command("c2", "DEACTIVATE_CARD", "1001", "SMS00000001", "2026-11-24T18:40:00Z"));
            j.add(command("c3", "ACTIVATE_CARD", "1002", null, "2026-11-25T06:00:00Z"));
            j.add(command("c4", "SEND_OSD", null, null, "2026-11-25T07:00:00Z"));
            j.add(command("c5", "ACTIVATE_CARD", "1003", "SMS00000002", "2026-11-25T08:00:00Z"));
            j.add(outcome("c1", "ACCEPTED", 1, "2026-11-24T05:00:01Z"));
            j.add(outcome("c2", "REJECTED", 1, "2026-11-24T18:40:01Z"));
            j.add(outcome("c3", "FAILED", 5, "2026-11-25T06:10:00Z"));
            j.add(outcome("c3", "ACCEPTED", 6, "2026-11-25T06:20:00Z"));   // re-sent and accepted later
            // c4, c5: no answer yet
        });
    }

    @AfterAll
    void close() {
        if (emf != null) {
            emf.close();
        }
    }

    private static CasCommandEntry command(String id, String kind, String card, String subscriber, String at) {
        return new CasCommandEntry(id, kind, card, subscriber, card == null ? "ALL" : "CARD:" + card, "tester", "REST",
                Instant.parse(at));
    }

    private static CasCommandOutcome outcome(String id, String outcome, int attempts, String at) {
        return new CasCommandOutcome(id, outcome, outcome.equals("ACCEPTED") ? 0 : 3, outcome.equals("ACCEPTED") ? null
                : "reason " + id, attempts, Instant.parse(at));
    }

    private List<String> ids(CasJournalFilter f) {
        List<String> ids = TestDatabases.read(emf, em -> new CasJournalRepository(em).list(f, PageRequest.first(100)))
                .stream().map(l -> l.command().getCommandId()).toList();
        long count = TestDatabases.read(emf, em -> new CasJournalRepository(em).count(f));
        assertThat(count).as("count of " + f).isEqualTo(ids.size());
        return ids;
    }

    private static CasJournalFilter filter(String card, String subscriber, CommandKind kind, CasCommandState state,
                                           String from, String to) {
        return new CasJournalFilter(card, subscriber, kind, state, from == null ? null : LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to));
    }

    @Test
    void newestFirstWithTheLatestOutcome() {
        List<CasJournalLine> all = TestDatabases.read(emf, em -> new CasJournalRepository(em)
                .list(CasJournalFilter.ALL, PageRequest.first(100)));
        assertThat(all).extracting(l -> l.command().getCommandId()).containsExactly("c5", "c4", "c3", "c2", "c1");
        assertThat(all).extracting(CasJournalLine::getState)
                .containsExactly("PENDING", "PENDING", "ACCEPTED", "REJECTED", "ACCEPTED");
        assertThat(all.get(3).outcome().getReason()).isEqualTo("reason c2");
    }

    @Test
    void filtersByCardSubscriberAndCommand() {
        assertThat(ids(CasJournalFilter.card("1001"))).containsExactly("c2", "c1");
        assertThat(ids(filter(null, "SMS00000001", null, null, null, null))).containsExactly("c2", "c1");
        assertThat(ids(filter(null, null, CommandKind.ACTIVATE_CARD, null, null, null))).containsExactly("c5", "c3", "c1");
        assertThat(ids(filter("1001", null, CommandKind.ACTIVATE_CARD, null, null, null))).containsExactly("c1");
        assertThat(ids(filter("9999", null, null, null, null, null))).isEmpty();
    }

    @Test
    void filtersByLatestState() {
        assertThat(ids(filter(null, null, null, CasCommandState.PENDING, null, null))).containsExactly("c5", "c4");
        assertThat(ids(filter(null, null, null, CasCommandState.ACCEPTED, null, null))).containsExactly("c3", "c1");
        assertThat(ids(filter(null, null, null, CasCommandState.REJECTED, null, null))).containsExactly("c2");
        assertThat(ids(filter(null, null, null, CasCommandState.FAILED, null, null))).as("c3 failed, then was accepted")
                .isEmpty();
    }

    @Test
    void datesAreDaysInIndiaBothIncluded() {
        assertThat(ids(filter(null, null, null, null, "2026-11-24", "2026-11-24"))).containsExactly("c1");
        assertThat(ids(filter(null, null, null, null, "2026-11-25", null))).containsExactly("c5", "c4", "c3", "c2");
        assertThat(ids(filter(null, null, null, null, null, "2026-11-24"))).containsExactly("c1");
        assertThat(ids(filter("1001", null, null, CasCommandState.REJECTED, "2026-11-25", "2026-11-25")))
                .containsExactly("c2");
    }

    @Test
    void aRedeliveredOutcomeAddsNoLine() {
        boolean[] added = new boolean[2];
        TestDatabases.inTransaction(emf, em -> added[0] = new CasJournalRepository(em)
                .add(outcome("c1", "ACCEPTED", 1, "2026-11-24T05:00:09Z")));
        TestDatabases.inTransaction(emf, em -> added[1] = new CasJournalRepository(em)
                .add(outcome("c1", "ACCEPTED", 1, "2026-11-24T05:00:09Z")));
        assertThat(added).containsExactly(false, false);
        long lines = TestDatabases.read(emf, em -> em.createQuery(
                "select count(o) from CasCommandOutcome o where o.commandId = 'c1'", Long.class).getSingleResult());
        assertThat(lines).isEqualTo(1);
    }

    @Test
    void aBatchOfOutcomesAddsOnlyTheLinesNotThereYet() {
        // outcomes of commands b1 and b2 (their journal lines are left out, so that the other tests' lists stay as they are)
        int[] added = new int[2];
        TestDatabases.inTransaction(emf, em -> added[0] = new CasJournalRepository(em).addAll(List.of(
                outcome("b1", "FAILED", 1, "2026-11-25T06:00:05Z"))));
        // redelivered with the next attempt of b1, b2's outcome, and b2's outcome twice in the same batch
        TestDatabases.inTransaction(emf, em -> added[1] = new CasJournalRepository(em).addAll(List.of(
                outcome("b1", "FAILED", 1, "2026-11-25T06:00:05Z"),
                outcome("b1", "ACCEPTED", 2, "2026-11-25T06:00:09Z"),
                outcome("b2", "ACCEPTED", 1, "2026-11-25T06:00:06Z"),
                outcome("b2", "ACCEPTED", 1, "2026-11-25T06:00:06Z"))));
        assertThat(added).containsExactly(1, 2);
        List<String> lines = TestDatabases.read(emf, em -> em.createQuery("select concat(o.commandId, ' ', o.outcome, ' ',"
                + " o.attempts) from CasCommandOutcome o where o.commandId in ('b1', 'b2') order by o.commandId, o.attempts",
                String.class).getResultList());
        assertThat(lines).containsExactly("b1 FAILED 1", "b1 ACCEPTED 2", "b2 ACCEPTED 1");
        int none = TestDatabases.read(emf, em -> new CasJournalRepository(em).addAll(List.of()));
        assertThat(none).isZero();
    }

    @Test
    void journalIdsComeInBlocksOfAThousandPositiveAndDistinct() {
        String prefix = "blk" + (System.nanoTime() % 1_000_000_000L) + "-";
        for (int tx = 0; tx < 2; tx++) {
            int t = tx;
            TestDatabases.inTransaction(emf, em -> {
                for (int i = 0; i < 700; i++) {
                    em.persist(command(prefix + t + "-" + i, "ACTIVATE_CARD", "C" + i, null, "2026-12-07T00:00:00Z"));
                }
            });
        }
        List<Long> ids = TestDatabases.read(emf, em -> em.createNativeQuery(
                        "select id from cas_command where command_id like '" + prefix + "%' order by id").getResultList()
                .stream().map(n -> ((Number) n).longValue()).toList());
        assertThat(ids).hasSize(1400).doesNotHaveDuplicates().allMatch(id -> id > 0);
        // 1,400 ids from blocks of 1,000 (V14): at most two blocks for the first 700 and the next 700 in this JVM
        assertThat(ids.get(ids.size() - 1) - ids.get(0)).isLessThan(3000);
        TestDatabases.inTransaction(emf, em -> em.createNativeQuery(
                "delete from cas_command where command_id like '" + prefix + "%'").executeUpdate());
    }

    @Test
    void expectedCardsKeepWhatTheCommandsSaid() {
        org.opensms.cas.api.CardNumber card = new org.opensms.cas.api.CardNumber("2002");
        Instant jan = Instant.parse("2026-01-01T00:00:00Z");
        Instant dec = Instant.parse("2026-12-31T18:30:00Z");
        TestDatabases.inTransaction(emf, em -> {
            ExpectedCard e = new ExpectedCard("2002");
            em.persist(e);
            e.apply(new org.opensms.cas.api.ActivateCard(card), "k1", jan);
            e.apply(new org.opensms.cas.api.PairStb(card, new org.opensms.cas.api.StbSerial("STB-9")), "k2", jan);
            e.apply(new org.opensms.cas.api.AddEntitlement(card, new org.opensms.cas.api.CasProductId("GOLD"), jan, dec), "k3", jan);
            e.apply(new org.opensms.cas.api.AddEntitlement(card, new org.opensms.cas.api.CasProductId("NEWS"), jan, dec), "k4", jan);
        });
        TestDatabases.inTransaction(emf, em -> em.find(ExpectedCard.class, "2002", jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .apply(new org.opensms.cas.api.CancelEntitlement(card, new org.opensms.cas.api.CasProductId("NEWS")), "k5", dec));
        ExpectedCard read = TestDatabases.read(emf, em -> em.find(ExpectedCard.class, "2002"));
        assertThat(read.isActive()).isTrue();
        assertThat(read.getStb()).isEqualTo("STB-9");
        assertThat(read.getLastCommandId()).isEqualTo("k5");
        assertThat(read.getEntitlements()).extracting(ExpectedCard.ExpectedEntitlement::getProduct).containsExactly("GOLD");
        assertThat(read.getEntitlements().iterator().next().getEnd()).isEqualTo(dec);

        // a renewal changes the entitlement's dates in place; cancelling all removes every row
        Instant next = Instant.parse("2027-06-30T18:30:00Z");
        TestDatabases.inTransaction(emf, em -> em.find(ExpectedCard.class, "2002", jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .apply(new org.opensms.cas.api.AddEntitlement(card, new org.opensms.cas.api.CasProductId("GOLD"), dec, next), "k6", dec));
        ExpectedCard renewed = TestDatabases.read(emf, em -> em.find(ExpectedCard.class, "2002"));
        assertThat(renewed.getEntitlements()).hasSize(1);
        assertThat(renewed.getEntitlements().iterator().next().getStart()).isEqualTo(dec);
        assertThat(renewed.getEntitlements().iterator().next().getEnd()).isEqualTo(next);
        long rows = TestDatabases.read(emf, em -> ((Number) em.createNativeQuery(
                "select count(*) from cas_card_expected_entitlement where card = '2002'").getSingleResult()).longValue());
        assertThat(rows).isEqualTo(1);
        TestDatabases.inTransaction(emf, em -> {
            ExpectedCard e = em.find(ExpectedCard.class, "2002", jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            e.apply(new org.opensms.cas.api.AddEntitlement(card, new org.opensms.cas.api.CasProductId("NEWS"), jan, dec), "k7", dec);
            e.apply(new org.opensms.cas.api.CancelAllEntitlements(card), "k8", dec);
        });
        assertThat(TestDatabases.read(emf, em -> em.find(ExpectedCard.class, "2002")).getEntitlements()).isEmpty();
        long left = TestDatabases.read(emf, em -> ((Number) em.createNativeQuery(
                "select count(*) from cas_card_expected_entitlement where card = '2002'").getSingleResult()).longValue());
        assertThat(left).isZero();
    }

    @Test
    void reconciliationRunsAndDifferencesAreKept() {
        long[] id = new long[1];
        TestDatabases.inTransaction(emf, em -> {
            var run = new org.opensms.sms.cas.reconciliation.ReconciliationRun(
                    org.opensms.sms.cas.reconciliation.ReconciliationRun.Trigger.ON_DEMAND, "auditor", Instant.parse("2026-11-25T01:00:00Z"));
            em.persist(run);
            em.flush();
            id[0] = run.getId();
            em.persist(new org.opensms.sms.cas.reconciliation.ReconciliationDifference(run.getId(), "1001",
                    new org.opensms.sms.cas.reconciliation.CardComparison.Difference(
                            org.opensms.sms.cas.reconciliation.CardComparison.Aspect.ACTIVE, "active", "inactive"), "c9"));
            run.progressed(10, 1, 1, 1, "1001", Instant.parse("2026-11-25T01:00:05Z"));
            run.finish(org.opensms.sms.cas.reconciliation.ReconciliationRun.Status.DONE, null, Instant.parse("2026-11-25T01:00:06Z"));
        });
        var run = TestDatabases.read(emf, em -> em.find(org.opensms.sms.cas.reconciliation.ReconciliationRun.class, id[0]));
        assertThat(run.getStatus()).isEqualTo(org.opensms.sms.cas.reconciliation.ReconciliationRun.Status.DONE);
        assertThat(run.getCardsCompared()).isEqualTo(10);
        long lockRows = TestDatabases.read(emf, em -> ((Number) em.createNativeQuery(
                "select count(*) from cas_reconciliation_lock").getSingleResult()).longValue());
        assertThat(lockRows).isEqualTo(1);
    }

    /**
     * Two requests giving a new card its first command at the same moment both insert its expected-state row; the
     * loser's error must name the table, which is how the issuer tells it apart (and answers BUSY, try again).
     */
    @Test
    void aSecondFirstRowForTheSameCardIsRecognisedByItsTable() {
        TestDatabases.inTransaction(emf, em -> em.persist(activated("7001", "first")));
        Throwable failure = catchThrowable(() -> TestDatabases.inTransaction(emf, em -> {
            em.persist(activated("7001", "second"));
            em.flush();
        }));
        assertThat(failure).isInstanceOf(jakarta.persistence.PersistenceException.class);
        assertThat(ConstraintViolation.names(failure, "cas_card_expected")).as(String.valueOf(failure)).isTrue();
        assertThat(ConstraintViolation.names(failure, "subscriber")).isFalse();
    }

    private static ExpectedCard activated(String card, String commandId) {
        ExpectedCard e = new ExpectedCard(card);
        e.apply(new ActivateCard(new CardNumber(card)), commandId, Instant.parse("2026-11-25T08:00:00Z"));
        return e;
    }
}
