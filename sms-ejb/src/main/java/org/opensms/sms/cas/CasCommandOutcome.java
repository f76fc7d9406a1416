package org.opensms.sms.cas;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.opensms.sms.shared.StoredTime;

/** What the CAS made of a command (accepted, rejected, failed), as reported by the adapter; appended, never changed. */
@Entity
@Table(name = "cas_command_outcome")
public class CasCommandOutcome {

    @Id
    @SequenceGenerator(name = "cas_outcome_seq", sequenceName = "cas_outcome_seq", allocationSize = 1000)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cas_outcome_seq")
    private Long id;

    @Column(name = "command_id", nullable = false, length = 36, updatable = false)
    private String commandId;

    @Column(name = "outcome", nullable = false, length = 10, updatable = false)
    private String outcome;

    @Column(name = "code", nullable = false, updatable = false)
    private int code;

    @Column(name = "reason", length = 500, updatable = false)
    private String reason;

    @Column(name = "attempts", nullable = false, updatable = false)
    private int attempts;

    @Column(name = "reported_at", nullable = false, updatable = false)
    private OffsetDateTime reportedAt;

    protected CasCommandOutcome() {
    }

    public CasCommandOutcome(String commandId, String outcome, int code, String reason, int attempts, Instant reportedAt) {
        this.commandId = commandId;
        this.outcome = outcome;
        this.code = code;
        this.reason = reason == null || reason.length() <= 500 ? reason : reason.substring(0, 500);
        this.attempts = attempts;
        this.reportedAt = StoredTime.utc(reportedAt);
    }

    public String getCommandId() { return commandId; }
    public String getOutcome() { return outcome; }
    public int getCode() { return code; }
    public String getReason() { return reason; }
    public int getAttempts() { return attempts; }
    public Instant getReportedAt() { return reportedAt.toInstant(); }
}
