package org.opensms.sms.web.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import org.opensms.sms.catalog.TariffLimitsDetails;

/** The setTariffLimits request: effectiveFrom (today or later), both caps required, priceNotAboveMrp default true. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "TariffLimitsDetails", propOrder = {"effectiveFrom", "bouquetChannelMrpCap", "bouquetDiscountCap", "priceNotAboveMrp"})
public class TariffLimitsDetailsData {
    @XmlSchemaType(name = "date")
    public String effectiveFrom;
    @XmlSchemaType(name = "decimal")
    public String bouquetChannelMrpCap;
    @XmlSchemaType(name = "decimal")
    public String bouquetDiscountCap;
    public Boolean priceNotAboveMrp;

    TariffLimitsDetails toDetails() {
        return new TariffLimitsDetails(effectiveFrom, bouquetChannelMrpCap, bouquetDiscountCap, priceNotAboveMrp);
    }
}
