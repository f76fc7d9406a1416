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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opensms.sms.catalog.Channel;
import org.opensms.sms.catalog.ChannelPrice;

/**
 * A channel in SOAP answers: its details, the MRP in force today (absent if it starts later) and, when one channel is
 * read or changed, every MRP with the day it took or takes effect ({@code mrpChange}, oldest first).
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Channel", propOrder = {"code", "name", "broadcaster", "genre", "language", "definition", "type", "mandatory",
        "casServiceId", "status", "mrp", "mrpChange", "createdAt", "createdBy", "createdVia", "updatedAt", "updatedBy"})
public class ChannelData {
    public String code;
    public String name;
    public String broadcaster;
    public String genre;
    public String language;
    public String definition;
    public String type;
    public boolean mandatory;
    public String casServiceId;
    public String status;
    public BigDecimal mrp;
    @XmlElement(name = "mrpChange")
    public List<MrpChange> mrpChange = new ArrayList<>();
    public String createdAt;
    public String createdBy;
    public String createdVia;
    public String updatedAt;
    public String updatedBy;

    /** An MRP from a day on, and who recorded it from where. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "ChannelMrpChange", propOrder = {"effectiveFrom", "mrp", "recordedAt", "recordedBy", "recordedVia"})
    public static class MrpChange {
        @XmlSchemaType(name = "date")
        public String effectiveFrom;
        public BigDecimal mrp;
        public String recordedAt;
        public String recordedBy;
        public String recordedVia;

        static MrpChange of(ChannelPrice p) {
            MrpChange d = new MrpChange();
            d.effectiveFrom = date(p.getEffectiveFrom());
            d.mrp = money(p.getMrp());
            d.recordedAt = instant(p.getRecordedAt());
            d.recordedBy = p.getRecordedBy();
            d.recordedVia = p.getRecordedVia().name();
            return d;
        }
    }

    static ChannelData of(Channel c, LocalDate today, boolean withHistory) {
        ChannelData d = new ChannelData();
        d.code = c.getCode();
        d.name = c.getName();
        d.broadcaster = c.getBroadcaster();
        d.genre = c.getGenre();
        d.language = c.getLanguage();
        d.definition = c.getDefinition().name();
        d.type = c.isPay() ? "PAY" : "FREE";
        d.mandatory = c.isMandatory();
        d.casServiceId = c.getCasServiceId();
        d.status = c.getStatus().name();
        d.mrp = money(c.mrpOn(today).orElse(null));
        if (withHistory) {
            c.getPrices().forEach(p -> d.mrpChange.add(MrpChange.of(p)));
        }
        d.createdAt = instant(c.getCreatedAt());
        d.createdBy = c.getCreatedBy();
        d.createdVia = c.getCreatedVia().name();
        d.updatedAt = instant(c.getUpdatedAt());
        d.updatedBy = c.getUpdatedBy();
        return d;
    }
}
