package org.opensms.sms.subscription;

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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.opensms.sms.shared.StoredTime;
import org.opensms.sms.shared.Surface;

/**
 * One change of a subscription, never updated nor deleted: what happened, the period after it, who did it, when and
 * from which surface (TRAI: subscription-change history per subscriber with the source of each request).
 */
@Entity
@Table(name = "subscription_event")
public class SubscriptionEvent {

    public static final int MAX_DETAIL = 200;

    @Id
    @SequenceGenerator(name = "subscription_event_seq", sequenceName = "subscription_event_seq", allocationSize = 1000)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "subscription_event_seq")
    private Long id;
    @Column(name = "subscription_id", nullable = false, updatable = false)
    private Long subscriptionId;
    @Column(name = "customer_id", nullable = false, updatable = false, length = 20)
    private String customerId;
    @Column(name = "stb_serial", nullable = false, updatable = false, length = 64)
    private String stbSerial;
    @Column(name = "product_code", nullable = false, updatable = false, length = 20)
    private String productCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 12)
    private SubscriptionEventKind kind;
    @Column(name = "start_date", nullable = false, updatable = false)
    private LocalDate startDate;
    @Column(name = "end_date", nullable = false, updatable = false)
    private LocalDate endDate;
    @Column(name = "detail", updatable = false, length = MAX_DETAIL)
    private String detail;
    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;
    @Column(name = "occurred_by", nullable = false, updatable = false, length = 64)
    private String occurredBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "occurred_via", nullable = false, updatable = false, length = 10)
    private Surface occurredVia;

    protected SubscriptionEvent() {
    }

    SubscriptionEvent(Subscription s, SubscriptionEventKind kind, String detail, Instant at, String by, Surface via) {
        this.subscriptionId = s.getId();
        this.customerId = s.getCustomerId();
        this.stbSerial = s.getStbSerial();
        this.productCode = s.getProductCode();
        this.kind = kind;
        this.startDate = s.getStartDate();
        this.endDate = s.getEndDate();
        this.detail = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL - 3) + "...";
        this.occurredAt = StoredTime.utc(at);
        this.occurredBy = by;
        this.occurredVia = via;
    }

    public Long getId() { return id; }
    public Long getSubscriptionId() { return subscriptionId; }
    public String getCustomerId() { return customerId; }
    public String getStbSerial() { return stbSerial; }
    public String getProductCode() { return productCode; }
    public SubscriptionEventKind getKind() { return kind; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }
    public String getDetail() { return detail; }
    public Instant getOccurredAt() { return occurredAt.toInstant(); }
    public String getOccurredBy() { return occurredBy; }
    public Surface getOccurredVia() { return occurredVia; }
}
