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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.opensms.sms.shared.StoredTime;
import org.opensms.sms.shared.Surface;

/**
 * A product given to one STB of a subscriber from {@code startDate} to {@code endDate}, both inclusive, in India's
 * calendar. Life cycle: ACTIVE (running, or waiting for a start in the future) until it EXPIRES after its end date or
 * is CANCELLED; a renewal moves the end date on without a gap; a replacement STB takes it over. {@code endedOn} is the
 * first day it no longer covers once it ended (the day after the end date for an expiry, the day of a cancellation),
 * so that "who had it on day D" stays answerable forever: {@link #covers}. Changed only by {@link SubscriptionService}
 * and the expiry and renewal run; every change writes a {@link SubscriptionEvent}.
 */
@Entity
@Table(name = "subscription")
public class Subscription {

    @Id
    @SequenceGenerator(name = "subscription_seq", sequenceName = "subscription_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "subscription_seq")
    private Long id;
    @Column(name = "subscriber_id", nullable = false, updatable = false)
    private Long subscriberId;
    @Column(name = "customer_id", nullable = false, updatable = false, length = 20)
    private String customerId;
    @Column(name = "stb_serial", nullable = false, length = 64)
    private String stbSerial;
    @Column(name = "product_id", nullable = false, updatable = false)
    private Long productId;
    @Column(name = "product_code", nullable = false, updatable = false, length = 20)
    private String productCode;
    @Column(name = "start_date", nullable = false, updatable = false)
    private LocalDate startDate;
    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private SubscriptionStatus status;
    @Column(name = "auto_renew", nullable = false)
    private boolean autoRenew;
    @Column(name = "ended_on")
    private LocalDate endedOn;
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;
    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "created_via", nullable = false, updatable = false, length = 10)
    private Surface createdVia;
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Subscription() {
    }

    Subscription(Long subscriberId, String customerId, String stbSerial, Long productId, String productCode,
                 LocalDate startDate, LocalDate endDate, boolean autoRenew, Instant at, String by, Surface via) {
        this.subscriberId = subscriberId;
        this.customerId = customerId;
        this.stbSerial = stbSerial;
        this.productId = productId;
        this.productCode = productCode;
        this.startDate = startDate;
        this.endDate = endDate;
        this.autoRenew = autoRenew;
        this.status = SubscriptionStatus.ACTIVE;
        this.createdAt = StoredTime.utc(at);
        this.createdBy = by;
        this.createdVia = via;
        this.updatedAt = this.createdAt;
    }

    /** True if the subscription gives its product on the day. */
    public boolean covers(LocalDate day) {
        return !startDate.isAfter(day) && !endDate.isBefore(day) && (endedOn == null || endedOn.isAfter(day));
    }

    void changeEnd(LocalDate newEnd, Instant at) {
        this.endDate = newEnd;
        this.updatedAt = StoredTime.utc(at);
    }

    void changeAutoRenew(boolean autoRenew, Instant at) {
        this.autoRenew = autoRenew;
        this.updatedAt = StoredTime.utc(at);
    }

    void moveTo(String stb, Instant at) {
        this.stbSerial = stb;
        this.updatedAt = StoredTime.utc(at);
    }

    /** Ends it from the day on (the day of cancellation is no longer covered). */
    void cancel(LocalDate on, Instant at) {
        this.status = SubscriptionStatus.CANCELLED;
        this.endedOn = on.isBefore(startDate) ? startDate : on;
        this.updatedAt = StoredTime.utc(at);
    }

    /** Ends it after its end date. */
    void expire(Instant at) {
        this.status = SubscriptionStatus.EXPIRED;
        this.endedOn = endDate.plusDays(1);
        this.updatedAt = StoredTime.utc(at);
    }

    public Long getId() { return id; }
    public Long getSubscriberId() { return subscriberId; }
    public String getCustomerId() { return customerId; }
    public String getStbSerial() { return stbSerial; }
    public Long getProductId() { return productId; }
    public String getProductCode() { return productCode; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }
    public SubscriptionStatus getStatus() { return status; }
    public boolean isAutoRenew() { return autoRenew; }
    public LocalDate getEndedOn() { return endedOn; }
    public Instant getCreatedAt() { return createdAt.toInstant(); }
    public String getCreatedBy() { return createdBy; }
    public Surface getCreatedVia() { return createdVia; }
    public Instant getUpdatedAt() { return updatedAt.toInstant(); }
}
