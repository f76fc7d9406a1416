package org.opensms.sms.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** The network capacity fee for up to {@code upToChannels} SD-equivalent channels (null: any number). */
@Embeddable
public class NcfSlab {

    @Column(name = "slab_no", nullable = false)
    private int slabNo;
    @Column(name = "up_to_channels")
    private Integer upToChannels;
    @Column(name = "amount", nullable = false, precision = 10, scale = 2)
    private BigDecimal amount;

    protected NcfSlab() {
    }

    public NcfSlab(int slabNo, Integer upToChannels, BigDecimal amount) {
        this.slabNo = slabNo;
        this.upToChannels = upToChannels;
        this.amount = amount;
    }

    public int getSlabNo() { return slabNo; }
    public Integer getUpToChannels() { return upToChannels; }
    public BigDecimal getAmount() { return amount; }
}
