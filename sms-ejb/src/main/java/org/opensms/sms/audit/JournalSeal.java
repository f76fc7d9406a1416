package org.opensms.sms.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A seal over a run of one journal's rows (ids {@code firstId} to {@code lastId}): how many there were and the
 * SHA-256 of their contents, chained to the journal's previous seal. Written once, never changed.
 */
@Entity
@Table(name = "journal_seal")
public class JournalSeal {

    @Id
    @SequenceGenerator(name = "journal_seal_seq", sequenceName = "journal_seal_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "journal_seal_seq")
    private Long id;

    @Column(name = "journal", nullable = false, length = 40, updatable = false)
    private String journal;

    @Column(name = "first_id", nullable = false, updatable = false)
    private long firstId;

    @Column(name = "last_id", nullable = false, updatable = false)
    private long lastId;

    @Column(name = "row_count", nullable = false, updatable = false)
    private long rowCount;

    @Column(name = "digest", nullable = false, length = 64, updatable = false)
    private String digest;

    @Column(name = "previous_digest", nullable = false, length = 64, updatable = false)
    private String previousDigest;

    @Column(name = "sealed_at", nullable = false, updatable = false)
    private OffsetDateTime sealedAt;

    protected JournalSeal() {
    }

    public JournalSeal(SealedJournal journal, long firstId, long lastId, long rowCount, String digest,
                       String previousDigest, Instant sealedAt) {
        this.journal = journal.name();
        this.firstId = firstId;
        this.lastId = lastId;
        this.rowCount = rowCount;
        this.digest = digest;
        this.previousDigest = previousDigest;
        this.sealedAt = sealedAt.atOffset(ZoneOffset.UTC);
    }

    public Long getId() { return id; }
    public SealedJournal getJournal() { return SealedJournal.valueOf(journal); }
    public long getFirstId() { return firstId; }
    public long getLastId() { return lastId; }
    public long getRowCount() { return rowCount; }
    public String getDigest() { return digest; }
    public String getPreviousDigest() { return previousDigest; }
    public Instant getSealedAt() { return sealedAt.toInstant(); }
}
