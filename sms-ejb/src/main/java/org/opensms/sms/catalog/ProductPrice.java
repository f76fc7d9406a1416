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

/**
 * A product's price from a day on: the MSO's price to subscribers and, for a broadcaster bouquet, the broadcaster's
 * MRP (null for other kinds), and who recorded it from where.
 */
@Embeddable
public class ProductPrice implements EffectiveDated {

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;
    @Column(name = "mrp", precision = 10, scale = 2)
    private BigDecimal mrp;
    @Column(name = "price", nullable = false, precision = 10, scale = 2)
    private BigDecimal price;
    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;
    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "recorded_via", nullable = false, length = 10)
    private Surface recordedVia;

    protected ProductPrice() {
    }

    ProductPrice(LocalDate effectiveFrom, BigDecimal price, BigDecimal mrp, Instant at, String by, Surface via) {
        this.effectiveFrom = effectiveFrom;
        this.price = price;
        this.mrp = mrp;
        this.recordedAt = StoredTime.utc(at);
        this.recordedBy = by;
        this.recordedVia = via;
    }

    @Override
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public BigDecimal getPrice() { return price; }
    public BigDecimal getMrp() { return mrp; }
    public Instant getRecordedAt() { return recordedAt.toInstant(); }
    public String getRecordedBy() { return recordedBy; }
    public Surface getRecordedVia() { return recordedVia; }
}
