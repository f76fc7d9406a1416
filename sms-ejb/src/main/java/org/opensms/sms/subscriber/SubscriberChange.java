package org.opensms.sms.subscriber;

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
import org.opensms.sms.shared.StoredTime;
import org.opensms.sms.shared.Surface;

/**
 * One line of a subscriber's history: what changed (the field as clients name it, {@code status} for a life-cycle
 * transition and for the registration itself), the old and new value as text, who, when, from which surface and,
 * for status changes, the reason. Written in the transaction of the change and never changed: every column is
 * insert-only and nothing in the application updates or deletes these rows.
 */
@Entity
@Table(name = "subscriber_change")
public class SubscriberChange implements java.io.Serializable {

    public static final int MAX_VALUE = 500;
    public static final int MAX_REASON = 500;
    /** The field name of status lines (registration and transitions). */
    public static final String STATUS = "status";

    @Id
    @SequenceGenerator(name = "subscriber_change_seq", sequenceName = "subscriber_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "subscriber_change_seq")
    private Long id;

    @Column(name = "subscriber_id", nullable = false, updatable = false)
    private Long subscriberId;

    @Column(name = "field", nullable = false, length = 40, updatable = false)
    private String field;

    @Column(name = "old_value", length = MAX_VALUE, updatable = false)
    private String oldValue;

    @Column(name = "new_value", length = MAX_VALUE, updatable = false)
    private String newValue;

    @Column(name = "reason", length = MAX_REASON, updatable = false)
    private String reason;

    @Column(name = "changed_by", nullable = false, length = 64, updatable = false)
    private String changedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "surface", nullable = false, length = 10, updatable = false)
    private Surface surface;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private OffsetDateTime changedAt;

    protected SubscriberChange() {
    }

    public SubscriberChange(long subscriberId, String field, String oldValue, String newValue, String reason,
                            String changedBy, Surface surface, Instant changedAt) {
        this.subscriberId = subscriberId;
        this.field = field;
        this.oldValue = clip(oldValue);
        this.newValue = clip(newValue);
        this.reason = clip(reason);
        this.changedBy = changedBy;
        this.surface = surface;
        this.changedAt = StoredTime.utc(changedAt);
    }

    private static String clip(String v) {
        return v == null || v.length() <= MAX_VALUE ? v : v.substring(0, MAX_VALUE - 1) + "\u2026";
    }

    public Long getId() { return id; }
    public long getSubscriberId() { return subscriberId; }
    public String getField() { return field; }
    public String getOldValue() { return oldValue; }
    public String getNewValue() { return newValue; }
    public String getReason() { return reason; }
    public String getChangedBy() { return changedBy; }
    public Surface getSurface() { return surface; }
    public Instant getChangedAt() { return changedAt.toInstant(); }
}
