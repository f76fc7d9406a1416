package org.opensms.sms.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opensms.sms.audit.SealCheck.State;
import org.opensms.sms.cas.CasCommandEntry;
import org.opensms.sms.cas.CasCommandOutcome;
import org.opensms.sms.cas.internal.CasJournalRepository;
import org.opensms.sms.persistence.TestDatabases;
import org.opensms.sms.shared.FieldError;
import org.opensms.sms.shared.InvalidInputException;

/**
 * Journal seals on every supported database: rows old enough are sealed in id order and chained; a row too young, and
 * every row after it, waits; verification finds each sealed run intact, then names the run whose row was altered, the
 * run that lost a row, and the seal that was altered.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JournalSealPersistenceContract {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private static final Instant OLD = NOW.minus(JournalSeals.HORIZON).minusSeconds(60);
    private static final Instant YOUNG = NOW.minus(JournalSeals.HORIZON).plusSeconds(60);

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

    private static CasCommandEntry command(String id, String card, Instant at) {
        return new CasCommandEntry(id, "ACTIVATE_CARD", card, null, card, "tester", "REST", at);
    }

    private void add(CasCommandEntry... commands) {
        TestDatabases.inTransaction(emf, em -> {
            CasJournalRepository j = new CasJournalRepository(em);
            for (CasCommandEntry c : commands) {
                j.add(c);
            }
        });
    }

    private JournalSeal seal(SealedJournal journal, Instant at) {
        JournalSeal[] made = new JournalSeal[1];
        TestDatabases.inTransaction(emf, em -> made[0] = new JournalSeals(em).seal(journal, at));
        return made[0];
    }

    private List<State> states(SealedJournal journal) {
        return TestDatabases.read(emf, em -> new JournalSeals(em).verify(journal)).stream().map(SealCheck::state).toList();
    }

    private List<AnchorCheck> anchors(String... digests) {
        return TestDatabases.read(emf, em -> new JournalSeals(em).anchors(List.of(digests)));
    }

    private void sql(String statement) {
        TestDatabases.inTransaction(emf, em -> em.createNativeQuery(statement).executeUpdate());
    }

    @Test
    void rowsOldEnoughAreSealedInAChainAndEveryLaterChangeIsFound() {
        assertThat(seal(SealedJournal.CAS_COMMAND, NOW)).as("nothing to seal").isNull();

        // a1, a2 old; y3 young; a4 old: a4 waits behind y3, so that no row can later appear inside a sealed run
        add(command("a1", "1001", OLD), command("a2", "1002", OLD), command("y3", "1003", YOUNG), command("a4", "1004", OLD));
        TestDatabases.inTransaction(emf, em -> new CasJournalRepository(em).add(
                new CasCommandOutcome("a1", "ACCEPTED", 0, null, 1, OLD)));
        JournalSeal first = seal(SealedJournal.CAS_COMMAND, NOW);
        assertThat(first.getRowCount()).isEqualTo(2);
        assertThat(first.getPreviousDigest()).isEqualTo(JournalSeals.GENESIS);
        assertThat(first.getFirstId()).isEqualTo(1);
        assertThat(first.getDigest()).matches("[0-9a-f]{64}");
        assertThat(seal(SealedJournal.CAS_COMMAND, NOW)).as("nothing new old enough").isNull();
        JournalSeal outcomes = seal(SealedJournal.CAS_OUTCOME, NOW);
        assertThat(outcomes.getRowCount()).isEqualTo(1);

        // an hour later y3 is old too: y3 and a4 go into the next seal, chained to the first
        JournalSeal second = seal(SealedJournal.CAS_COMMAND, NOW.plus(JournalSeals.HORIZON));
        assertThat(second.getRowCount()).isEqualTo(2);
        assertThat(second.getFirstId()).isEqualTo(first.getLastId() + 1);
        assertThat(second.getPreviousDigest()).isEqualTo(first.getDigest());
        assertThat(states(SealedJournal.CAS_COMMAND)).containsExactly(State.INTACT, State.INTACT);
        assertThat(states(SealedJournal.CAS_OUTCOME)).containsExactly(State.INTACT);

        // an auditor notes the latest digests (anchors) and gives them at the next audit: found while the chain holds
        String unknown = "ab".repeat(32);
        assertThat(anchors(second.getDigest().toUpperCase(Locale.ROOT), unknown, outcomes.getDigest()))
                .extracting(AnchorCheck::found, AnchorCheck::journal, AnchorCheck::lastId)
                .containsExactly(tuple(true, SealedJournal.CAS_COMMAND, second.getLastId()), tuple(false, null, null),
                        tuple(true, SealedJournal.CAS_OUTCOME, outcomes.getLastId()));
        assertThatThrownBy(() -> anchors("f00", second.getDigest(), "z".repeat(64)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .extracting(FieldError::field, FieldError::message)
                        .containsExactly(tuple("anchor", "must be a seal's SHA-256 digest of 64 hexadecimal digits, got 'f00'"),
                                tuple("anchor", "must be a seal's SHA-256 digest of 64 hexadecimal digits, got '"
                                        + "z".repeat(64) + "'")));
        assertThatThrownBy(() -> anchors(java.util.Collections.nCopies(JournalSeals.MAX_ANCHORS + 1, unknown)
                .toArray(String[]::new))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at most 100 anchors in one verification, got 101");

        // altered in the database behind the application's back: each change shows against its run
        sql("update cas_command set card = '9999' where command_id = 'a2'");
        assertThat(states(SealedJournal.CAS_COMMAND)).containsExactly(State.CHANGED, State.INTACT);
        sql("update cas_command set card = '1002' where command_id = 'a2'");
        assertThat(states(SealedJournal.CAS_COMMAND)).as("put back as it was").containsExactly(State.INTACT, State.INTACT);
        sql("update cas_command_outcome set reason = 'never mind' where command_id = 'a1'");
        assertThat(states(SealedJournal.CAS_OUTCOME)).containsExactly(State.CHANGED);
        sql("delete from cas_command where command_id = 'a4'");
        assertThat(states(SealedJournal.CAS_COMMAND)).containsExactly(State.INTACT, State.ROWS_CHANGED);
        sql("update journal_seal set digest = '" + "f".repeat(64) + "' where journal = 'CAS_COMMAND' and first_id = 1");
        List<SealCheck> checks = TestDatabases.read(emf, em -> new JournalSeals(em).verify(SealedJournal.CAS_COMMAND));
        assertThat(checks).extracting(SealCheck::state).containsExactly(State.CHANGED, State.CHAIN_BROKEN);
        assertThat(checks.get(1).rowsSealed()).isEqualTo(2);
        assertThat(checks.get(1).rowsNow()).isEqualTo(1);
        // the first seal was rewritten: the anchor noted before is no longer found (as after rows and seals rewritten
        // together, which would verify)
        assertThat(anchors(first.getDigest())).extracting(AnchorCheck::found).containsExactly(false);
    }

    /** The stock movements are sealed too: a movement's reason rewritten afterwards is found. */
    @Test
    void stockMovementsAreSealedAndAnAlteredOneIsFound() {
        for (int id = 1; id <= 3; id++) {
            sql("insert into device_movement (id, device_type, serial, from_state, to_state, from_lco, to_lco, operation,"
                    + " reason, moved_by, surface, moved_at) values (" + id + ", 'STB', 'SEAL-S" + id + "', null,"
                    + " 'IN_STOCK', null, null, 'IMPORT', null, 'tester', 'REST',"
                    + " TIMESTAMP WITH TIME ZONE '2026-12-07 09:00:00+00:00')");
        }
        JournalSeal seal = seal(SealedJournal.DEVICE_MOVEMENT, NOW);
        assertThat(seal.getRowCount()).isEqualTo(3);
        assertThat(states(SealedJournal.DEVICE_MOVEMENT)).containsExactly(State.INTACT);
        sql("update device_movement set reason = 'lost in transit' where serial = 'SEAL-S2'");
        assertThat(states(SealedJournal.DEVICE_MOVEMENT)).containsExactly(State.CHANGED);
    }
}
