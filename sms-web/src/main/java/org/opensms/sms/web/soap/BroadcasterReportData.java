package org.opensms.sms.web.soap;

import static org.opensms.sms.web.soap.SoapValues.date;
import static org.opensms.sms.web.soap.SoapValues.money;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.opensms.sms.subscription.BroadcasterReport;

/**
 * The broadcasters' monthly report: the report days (7th, 14th, 21st, 28th), and for each pay channel and each
 * product the STBs that had it on each of those days ({@code count}, in the order of {@code day}) and their average
 * (two decimals).
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "BroadcasterReport", propOrder = {"month", "broadcaster", "day", "channel", "product"})
public class BroadcasterReportData {
    @XmlSchemaType(name = "gYearMonth")
    public String month;
    public String broadcaster;
    @XmlElement(name = "day")
    @XmlSchemaType(name = "date")
    public List<String> day = new ArrayList<>();
    @XmlElement(name = "channel")
    public List<Line> channel = new ArrayList<>();
    @XmlElement(name = "product")
    public List<Line> product = new ArrayList<>();

    /** One channel or product (kind for products). */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "BroadcasterReportLine", propOrder = {"code", "name", "broadcaster", "kind", "count", "average"})
    public static class Line {
        public String code;
        public String name;
        public String broadcaster;
        public String kind;
        @XmlElement(name = "count")
        public List<Long> count = new ArrayList<>();
        public BigDecimal average;

        static Line of(BroadcasterReport.Line l) {
            Line d = new Line();
            d.code = l.code();
            d.name = l.name();
            d.broadcaster = l.broadcaster();
            d.kind = l.kind();
            d.count.addAll(l.counts());
            d.average = money(l.average());
            return d;
        }
    }

    static BroadcasterReportData of(BroadcasterReport r) {
        BroadcasterReportData d = new BroadcasterReportData();
        d.month = r.month().toString();
        d.broadcaster = r.broadcaster();
        r.days().forEach(x -> d.day.add(date(x)));
        r.channels().forEach(l -> d.channel.add(Line.of(l)));
        r.products().forEach(l -> d.product.add(Line.of(l)));
        return d;
    }
}
