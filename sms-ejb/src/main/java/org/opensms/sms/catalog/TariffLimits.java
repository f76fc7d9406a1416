package org.opensms.sms.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.opensms.sms.shared.StoredTime;
import org.opensms.sms.shared.Surface;

/**
 * The New Tariff Order limits in force from a day on, as configuration (the regulator changes them): the highest MRP
 * of a channel that may be in a bouquet, the largest discount a bouquet may give on its pay channels' a-la-carte MRPs
 * (percent), and whether a price may exceed the MRP. Checked by {@link TariffRules}. The first row comes from the
 * schema migration; administrators add rows for later days.
 */
@Entity
@Table(name = "tariff_limit")
public class TariffLimits implements EffectiveDated {

    @Id
    @Column(name = "effective_from")
    private LocalDate effectiveFrom;
    @Column(name = "bouquet_channel_mrp_cap", nullable = false, precision = 10, scale = 2)
    private BigDecimal bouquetChannelMrpCap;
    @Column(name = "bouquet_discount_cap", nullable = false, precision = 5, scale = 2)
    private BigDecimal bouquetDiscountCap;
    @Column(name = "price_not_above_mrp", nullable = false)
    private boolean priceNotAboveMrp;
    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;
    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "recorded_via", nullable = false, length = 10)
    private Surface recordedVia;

    protected TariffLimits() {
    }

    public TariffLimits(LocalDate effectiveFrom, BigDecimal bouquetChannelMrpCap, BigDecimal bouquetDiscountCap,
                        boolean priceNotAboveMrp, Instant at, String by, Surface via) {
        this.effectiveFrom = effectiveFrom;
        this.bouquetChannelMrpCap = bouquetChannelMrpCap;
        this.bouquetDiscountCap = bouquetDiscountCap;
        this.priceNotAboveMrp = priceNotAboveMrp;
        this.recordedAt = StoredTime.utc(at);
        this.recordedBy = by;
        this.recordedVia = via;
    }

    @Override
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public BigDecimal getBouquetChannelMrpCap() { return bouquetChannelMrpCap; }
    public BigDecimal getBouquetDiscountCap() { return bouquetDiscountCap; }
    public boolean isPriceNotAboveMrp() { return priceNotAboveMrp; }
    public Instant getRecordedAt() { return recordedAt.toInstant(); }
    public String getRecordedBy() { return recordedBy; }
    public Surface getRecordedVia() { return recordedVia; }
}
