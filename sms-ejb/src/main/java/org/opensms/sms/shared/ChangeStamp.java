package org.opensms.sms.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * Who created a record, when and from which surface, and who changed it last: the columns {@code created_at/by/via}
 * and {@code updated_at/by/via} of master data (LCOs, channels, products).
 */
@Embeddable
public class ChangeStamp {

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;
    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "created_via", nullable = false, length = 10, updatable = false)
    private Surface createdVia;
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;
    @Column(name = "updated_by", length = 64)
    private String updatedBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "updated_via", length = 10)
    private Surface updatedVia;

    protected ChangeStamp() {
    }

    /** Created now by the caller from the surface; not changed since. */
    public static ChangeStamp created(Instant at, String by, Surface via) {
        ChangeStamp s = new ChangeStamp();
        s.createdAt = StoredTime.utc(at);
        s.createdBy = by;
        s.createdVia = via;
        return s;
    }

    /** Changed now by the caller from the surface. */
    public void touched(Instant at, String by, Surface via) {
        this.updatedAt = StoredTime.utc(at);
        this.updatedBy = by;
        this.updatedVia = via;
    }

    public Instant getCreatedAt() { return createdAt.toInstant(); }
    public String getCreatedBy() { return createdBy; }
    public Surface getCreatedVia() { return createdVia; }
    public Instant getUpdatedAt() { return updatedAt == null ? null : updatedAt.toInstant(); }
    public String getUpdatedBy() { return updatedBy; }
    public Surface getUpdatedVia() { return updatedVia; }
}
