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
import org.opensms.sms.catalog.Product;
import org.opensms.sms.catalog.ProductPrice;

/**
 * A product in SOAP answers: its details, the price (and a broadcaster bouquet's MRP) in force today, and, when one
 * product is read or changed, the codes of the channels it carries today ({@code channel}) and every price with the
 * day it took or takes effect ({@code priceChange}, oldest first). Event times are ISO-8601 instants.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Product", propOrder = {"code", "name", "kind", "broadcaster", "casProductId", "validityDays", "eventStart",
        "eventEnd", "status", "price", "mrp", "channel", "priceChange", "createdAt", "createdBy", "createdVia", "updatedAt",
        "updatedBy"})
public class ProductData {
    public String code;
    public String name;
    public String kind;
    public String broadcaster;
    public String casProductId;
    public int validityDays;
    @XmlSchemaType(name = "dateTime")
    public String eventStart;
    @XmlSchemaType(name = "dateTime")
    public String eventEnd;
    public String status;
    public BigDecimal price;
    public BigDecimal mrp;
    @XmlElement(name = "channel")
    public List<String> channel = new ArrayList<>();
    @XmlElement(name = "priceChange")
    public List<PriceChange> priceChange = new ArrayList<>();
    public String createdAt;
    public String createdBy;
    public String createdVia;
    public String updatedAt;
    public String updatedBy;

    /** A price (and MRP) from a day on, and who recorded it from where. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "ProductPriceChange", propOrder = {"effectiveFrom", "price", "mrp", "recordedAt", "recordedBy", "recordedVia"})
    public static class PriceChange {
        @XmlSchemaType(name = "date")
        public String effectiveFrom;
        public BigDecimal price;
        public BigDecimal mrp;
        public String recordedAt;
        public String recordedBy;
        public String recordedVia;

        static PriceChange of(ProductPrice p) {
            PriceChange d = new PriceChange();
            d.effectiveFrom = date(p.getEffectiveFrom());
            d.price = money(p.getPrice());
            d.mrp = money(p.getMrp());
            d.recordedAt = instant(p.getRecordedAt());
            d.recordedBy = p.getRecordedBy();
            d.recordedVia = p.getRecordedVia().name();
            return d;
        }
    }

    /** The product as listed (no channels, no price history). */
    static ProductData of(Product p, LocalDate today) {
        ProductData d = new ProductData();
        d.code = p.getCode();
        d.name = p.getName();
        d.kind = p.getKind().name();
        d.broadcaster = p.getBroadcaster();
        d.casProductId = p.getCasProductId();
        d.validityDays = p.getValidityDays();
        d.eventStart = instant(p.getEventStart());
        d.eventEnd = instant(p.getEventEnd());
        d.status = p.getStatus().name();
        p.priceOn(today).ifPresent(pr -> {
            d.price = money(pr.getPrice());
            d.mrp = money(pr.getMrp());
        });
        d.createdAt = instant(p.getCreatedAt());
        d.createdBy = p.getCreatedBy();
        d.createdVia = p.getCreatedVia().name();
        d.updatedAt = instant(p.getUpdatedAt());
        d.updatedBy = p.getUpdatedBy();
        return d;
    }

    /** The product read alone: with today's channels and its price history. */
    static ProductData of(Product p, LocalDate today, List<Channel> channelsToday) {
        ProductData d = of(p, today);
        channelsToday.forEach(c -> d.channel.add(c.getCode()));
        p.getPrices().forEach(pr -> d.priceChange.add(PriceChange.of(pr)));
        return d;
    }
}
