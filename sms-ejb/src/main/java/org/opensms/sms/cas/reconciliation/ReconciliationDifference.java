package org.opensms.sms.cas.reconciliation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One way a card in the CAS differed from the SMS in a run, and the command ids sent to correct it (if any). */
@Entity
@Table(name = "cas_reconciliation_difference")
public class ReconciliationDifference {

    @Id
    @SequenceGenerator(name = "cas_reconciliation_diff_seq", sequenceName = "cas_reconciliation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cas_reconciliation_diff_seq")
    private Long id;

    @Column(name = "run_id", nullable = false, updatable = false)
    private long runId;

    @Column(name = "card", nullable = false, length = 32, updatable = false)
    private String card;

    @Enumerated(EnumType.STRING)
    @Column(name = "aspect", nullable = false, length = 12, updatable = false)
    private CardComparison.Aspect aspect;

    @Column(name = "expected", nullable = false, length = 200, updatable = false)
    private String expected;

    @Column(name = "actual", nullable = false, length = 200, updatable = false)
    private String actual;

    @Column(name = "resent", length = 200, updatable = false)
    private String resent;

    protected ReconciliationDifference() {
    }

    public ReconciliationDifference(long runId, String card, CardComparison.Difference d, String resent) {
        this.runId = runId;
        this.card = card;
        this.aspect = d.aspect();
        this.expected = cut(d.expected());
        this.actual = cut(d.actual());
        this.resent = resent == null ? null : cut(resent);
    }

    private static String cut(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200);
    }

    public Long getId() { return id; }
    public long getRunId() { return runId; }
    public String getCard() { return card; }
    public CardComparison.Aspect getAspect() { return aspect; }
    public String getExpected() { return expected; }
    public String getActual() { return actual; }
    /** The ids of the commands sent to correct the card (space-separated), or null when none could be sent. */
    public String getResent() { return resent; }
}
