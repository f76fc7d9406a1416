package org.opensms.sms.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.opensms.sms.shared.StoredTime;
import org.opensms.sms.shared.Surface;

/** The broadcaster's MRP of a channel from a day on, and who recorded it from where. */
@Embeddable
public class ChannelPrice implements EffectiveDated {

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;
    @Column(name = "mrp", nullable = false, precision = 10, scale = 2)
    private BigDecimal mrp;
    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;
    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "recorded_via", nullable = false, length = 10)
    private Surface recordedVia;

    protected ChannelPrice() {
    }

    ChannelPrice(LocalDate effectiveFrom, BigDecimal mrp, Instant at, String by, Surface via) {
        this.effectiveFrom = effectiveFrom;
        this.mrp = mrp;
        this.recordedAt = StoredTime.utc(at);
        this.recordedBy = by;
        this.recordedVia = via;
    }

    @Override
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public BigDecimal getMrp() { return mrp; }
    public Instant getRecordedAt() { return recordedAt.toInstant(); }
    public String getRecordedBy() { return recordedBy; }
    public Surface getRecordedVia() { return recordedVia; }
}
