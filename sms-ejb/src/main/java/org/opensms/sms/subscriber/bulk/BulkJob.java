package org.opensms.sms.subscriber.bulk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.opensms.sms.shared.IndianState;
import org.opensms.sms.shared.StoredTime;
import org.opensms.sms.shared.Surface;
import org.opensms.sms.subscriber.SubscriberFilter;
import org.opensms.sms.subscriber.SubscriberStatus;

/**
 * A bulk suspend or resume: who asked for it, on what, why; how far it got (done of total, and how many were
 * changed, skipped, failed); where the next chunk starts.
 */
@Entity
@Table(name = "bulk_job")
public class BulkJob {

    public enum Status { QUEUED, RUNNING, DONE, FAILED }

    public static final int MAX_REASON = 500;
    private static final int MAX_TARGET = 500;

    @Id
    @SequenceGenerator(name = "bulk_job_seq", sequenceName = "bulk_job_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bulk_job_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 10)
    private BulkAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", nullable = false, length = 10)
    private BulkTarget.Kind targetKind;

    @Column(name = "target", nullable = false, length = MAX_TARGET)
    private String target;

    @Column(name = "target_lco_id")
    private Long targetLcoId;

    @Column(name = "target_area", length = 60)
    private String targetArea;

    @Column(name = "filter_customer_id", length = 20)
    private String filterCustomerId;
    @Column(name = "filter_name", length = 100)
    private String filterName;
    @Column(name = "filter_mobile", length = 20)
    private String filterMobile;
    @Column(name = "filter_city", length = 60)
    private String filterCity;
    @Enumerated(EnumType.STRING)
    @Column(name = "filter_state", length = 60)
    private IndianState filterState;
    @Enumerated(EnumType.STRING)
    @Column(name = "filter_status", length = 20)
    private SubscriberStatus filterStatus;
    @Column(name = "filter_lco", length = 20)
    private String filterLco;
    @Column(name = "filter_area", length = 60)
    private String filterArea;
    @Column(name = "filter_stb", length = 64)
    private String filterStb;
    @Column(name = "filter_card", length = 32)
    private String filterCard;

    @Column(name = "reason", nullable = false, length = MAX_REASON)
    private String reason;

    @Column(name = "requested_by", nullable = false, length = 64)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private OffsetDateTime requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "requested_via", nullable = false, length = 10)
    private Surface requestedVia;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private Status status;

    @Column(name = "total", nullable = false)
    private long total;
    @Column(name = "done", nullable = false)
    private long done;
    @Column(name = "succeeded", nullable = false)
    private long succeeded;
    @Column(name = "skipped", nullable = false)
    private long skipped;
    @Column(name = "failed", nullable = false)
    private long failed;

    @Column(name = "last_customer_id", length = 20)
    private String lastCustomerId;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "message", length = 500)
    private String message;

    protected BulkJob() {
    }

    /** A QUEUED job. {@code lcoId} is the LCO's id for an LCO target (the code stays in the description). */
    public BulkJob(BulkAction action, BulkTarget target, Long lcoId, String reason, String requestedBy, Surface via,
                   long total, Instant at) {
        this.action = action;
        this.targetKind = target.kind();
        this.target = cut(target.describe(), MAX_TARGET);
        this.targetLcoId = lcoId;
        this.targetArea = target.area();
        SubscriberFilter f = target.filter();
        if (f != null) {
            this.filterCustomerId = f.customerId();
            this.filterName = f.name();
            this.filterMobile = f.mobile();
            this.filterCity = f.city();
            this.filterState = f.state();
            this.filterStatus = f.status();
            this.filterLco = f.lco();
            this.filterArea = f.area();
            this.filterStb = f.stb();
            this.filterCard = f.card();
        }
        this.reason = reason;
        this.requestedBy = requestedBy;
        this.requestedVia = via;
        this.requestedAt = StoredTime.utc(at);
        this.updatedAt = requestedAt;
        this.status = Status.QUEUED;
        this.total = total;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    /** The filter of a FILTER job. */
    public SubscriberFilter filter() {
        return new SubscriberFilter(filterCustomerId, filterName, filterMobile, filterCity, filterState, filterStatus,
                filterLco, filterArea, filterStb, filterCard);
    }

    public void running(Instant at) {
        if (status == Status.QUEUED) {
            status = Status.RUNNING;
            updatedAt = StoredTime.utc(at);
        }
    }

    /** Counts one chunk and remembers where the next starts. */
    public void progressed(long succeeded, long skipped, long failed, String lastCustomerId, long lastSeq, Instant at) {
        this.succeeded += succeeded;
        this.skipped += skipped;
        this.failed += failed;
        this.done = this.succeeded + this.skipped + this.failed;
        this.lastCustomerId = lastCustomerId;
        this.lastSeq = lastSeq;
        if (done > total) {
            total = done;   // subscribers of the LCO, area or filter added while the job ran
        }
        this.updatedAt = StoredTime.utc(at);
    }

    public void finish(Status status, String message, Instant at) {
        this.status = status;
        this.message = cut(message, 500);
        this.finishedAt = StoredTime.utc(at);
        this.updatedAt = finishedAt;
        if (status == Status.DONE) {
            total = done;
        }
    }

    public boolean isFinished() {
        return status == Status.DONE || status == Status.FAILED;
    }

    /** Percent done, 0 to 100 (100 once finished). */
    public int getPercent() {
        if (isFinished()) {
            return 100;
        }
        return total == 0 ? 0 : (int) Math.min(100, done * 100 / total);
    }

    public Long getId() { return id; }
    public BulkAction getAction() { return action; }
    public BulkTarget.Kind getTargetKind() { return targetKind; }
    public String getTarget() { return target; }
    public Long getTargetLcoId() { return targetLcoId; }
    public String getTargetArea() { return targetArea; }
    public String getReason() { return reason; }
    public String getRequestedBy() { return requestedBy; }
    public Instant getRequestedAt() { return requestedAt.toInstant(); }
    public Surface getRequestedVia() { return requestedVia; }
    public Instant getUpdatedAt() { return updatedAt.toInstant(); }
    public Instant getFinishedAt() { return finishedAt == null ? null : finishedAt.toInstant(); }
    public Status getStatus() { return status; }
    public long getTotal() { return total; }
    public long getDone() { return done; }
    public long getSucceeded() { return succeeded; }
    public long getSkipped() { return skipped; }
    public long getFailed() { return failed; }
    public String getLastCustomerId() { return lastCustomerId; }
    public long getLastSeq() { return lastSeq; }
    public String getMessage() { return message; }
}
