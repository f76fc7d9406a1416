package org.opensms.sms.web.soap;

import static org.opensms.sms.web.soap.SoapValues.date;
import static org.opensms.sms.web.soap.SoapValues.instant;
import static org.opensms.sms.web.soap.SoapValues.money;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import java.math.BigDecimal;
import org.opensms.sms.catalog.TariffLimits;

/**
 * Tariff limits from a day on: the highest MRP of a channel in a bouquet, the largest bouquet discount (percent) and
 * whether a price may not exceed the MRP; who recorded them from where.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "TariffLimits", propOrder = {"effectiveFrom", "bouquetChannelMrpCap", "bouquetDiscountCap", "priceNotAboveMrp",
        "recordedAt", "recordedBy", "recordedVia"})
public class TariffLimitsData {
    @XmlSchemaType(name = "date")
    public String effectiveFrom;
    public BigDecimal bouquetChannelMrpCap;
    public BigDecimal bouquetDiscountCap;
    public boolean priceNotAboveMrp;
    public String recordedAt;
    public String recordedBy;
    public String recordedVia;

    static TariffLimitsData of(TariffLimits t) {
        TariffLimitsData d = new TariffLimitsData();
        d.effectiveFrom = date(t.getEffectiveFrom());
        d.bouquetChannelMrpCap = money(t.getBouquetChannelMrpCap());
        d.bouquetDiscountCap = money(t.getBouquetDiscountCap());
        d.priceNotAboveMrp = t.isPriceNotAboveMrp();
        d.recordedAt = instant(t.getRecordedAt());
        d.recordedBy = t.getRecordedBy();
        d.recordedVia = t.getRecordedVia().name();
        return d;
    }
}
