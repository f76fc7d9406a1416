package org.opensms.sms.web.soap;

import static org.opensms.sms.web.soap.SoapValues.date;
import static org.opensms.sms.web.soap.SoapValues.instant;
import static org.opensms.sms.web.soap.SoapValues.money;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.opensms.sms.catalog.NcfRule;
import org.opensms.sms.catalog.NcfSlab;

/** An NCF rule in SOAP answers (state and customerClass absent: all). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "NcfRule", propOrder = {"id", "name", "state", "customerClass", "effectiveFrom", "slab", "stepChannels",
        "stepAmount", "additionalTvPercent", "recordedAt", "recordedBy"})
public class NcfRuleData {
    public long id;
    public String name;
    public String state;
    public String customerClass;
    @XmlSchemaType(name = "date")
    public String effectiveFrom;
    @XmlElement(name = "slab")
    public List<Slab> slab = new ArrayList<>();
    public Integer stepChannels;
    public BigDecimal stepAmount;
    public BigDecimal additionalTvPercent;
    public String recordedAt;
    public String recordedBy;

    /** Up to upTo SD-equivalent channels (absent: any number), amount. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "NcfSlab", propOrder = {"upTo", "amount"})
    public static class Slab {
        public Integer upTo;
        public BigDecimal amount;

        static Slab of(NcfSlab s) {
            Slab d = new Slab();
            d.upTo = s.getUpToChannels();
            d.amount = money(s.getAmount());
            return d;
        }
    }

    static NcfRuleData of(NcfRule r) {
        NcfRuleData d = new NcfRuleData();
        d.id = r.getId();
        d.name = r.getName();
        d.state = r.getState();
        d.customerClass = r.getCustomerClass();
        d.effectiveFrom = date(r.getEffectiveFrom());
        r.getSlabs().forEach(s -> d.slab.add(Slab.of(s)));
        d.stepChannels = r.getStepChannels();
        d.stepAmount = money(r.getStepAmount());
        d.additionalTvPercent = money(r.getAdditionalTvPercent());
        d.recordedAt = instant(r.getRecordedAt());
        d.recordedBy = r.getRecordedBy();
        return d;
    }
}
