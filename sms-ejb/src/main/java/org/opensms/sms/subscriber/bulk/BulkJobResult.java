package org.opensms.sms.subscriber.bulk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** What a bulk job did with one subscriber (or one line of its uploaded list): the outcome and why. */
@Entity
@Table(name = "bulk_job_result")
@IdClass(BulkJobResult.Key.class)
public class BulkJobResult {

    /** The primary key: job and position (line number of an uploaded list, else order of processing). */
    public record Key(Long jobId, Long seq) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "job_id", nullable = false)
    private Long jobId;

    @Id
    @Column(name = "seq", nullable = false)
    private Long seq;

    @Column(name = "customer_id", nullable = false, length = 20)
    private String customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 10)
    private BulkOutcome outcome;

    @Column(name = "message", length = 500)
    private String message;

    protected BulkJobResult() {
    }

    public BulkJobResult(long jobId, long seq, String customerId, BulkOutcome outcome, String message) {
        this.jobId = jobId;
        this.seq = seq;
        this.customerId = customerId;
        record(outcome, message);
    }

    public void record(BulkOutcome outcome, String message) {
        this.outcome = outcome;
        this.message = message == null || message.length() <= 500 ? message : message.substring(0, 500);
    }

    public Long getJobId() { return jobId; }
    public Long getSeq() { return seq; }
    public String getCustomerId() { return customerId; }
    public BulkOutcome getOutcome() { return outcome; }
    public String getMessage() { return message; }
}
