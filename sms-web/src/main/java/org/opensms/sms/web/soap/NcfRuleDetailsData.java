package org.opensms.sms.web.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;
import org.opensms.sms.catalog.NcfRuleDetails;

/**
 * The addNcfRule request, as the service's NcfRuleDetails: name; state (two-letter code) and customerClass narrow the
 * rule (absent: all); effectiveFrom (default today); slab repeated in increasing upTo (SD-equivalent channels; the
 * last may leave it out: any number) with non-decreasing amount; stepChannels and stepAmount together, after a
 * bounded last slab; additionalTvPercent, the share a further TV in the home pays.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "NcfRuleDetails", propOrder = {"name", "state", "customerClass", "effectiveFrom", "slab", "stepChannels",
        "stepAmount", "additionalTvPercent"})
public class NcfRuleDetailsData {
    public String name;
    public String state;
    public String customerClass;
    @XmlSchemaType(name = "date")
    public String effectiveFrom;
    @XmlElement(name = "slab")
    public List<Slab> slab = new ArrayList<>();
    @XmlSchemaType(name = "int")
    public String stepChannels;
    @XmlSchemaType(name = "decimal")
    public String stepAmount;
    @XmlSchemaType(name = "decimal")
    public String additionalTvPercent;

    /** One slab: up to this many SD-equivalent channels, this fee. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "NcfSlabDetails", propOrder = {"upTo", "amount"})
    public static class Slab {
        @XmlSchemaType(name = "int")
        public String upTo;
        @XmlSchemaType(name = "decimal")
        public String amount;
    }

    NcfRuleDetails toDetails() {
        return new NcfRuleDetails(name, state, customerClass, effectiveFrom,
                slab.stream().map(s -> s == null ? null : new NcfRuleDetails.Slab(s.upTo, s.amount)).toList(),
                stepChannels, stepAmount, additionalTvPercent);
    }
}
