package org.opensms.sms.web.soap;

import static org.opensms.sms.web.soap.SoapValues.date;
import static org.opensms.sms.web.soap.SoapValues.instant;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import org.opensms.sms.subscription.SubscriptionEvent;

/**
 * One line of subscription history: what happened (SUBSCRIBED, RENEWED, CHANGED, MOVED, CANCELLED, EXPIRED), the
 * period after it, a detail, who, from which surface and when.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "SubscriptionEvent", propOrder = {"subscriptionId", "stb", "product", "kind", "startDate", "endDate", "detail",
        "occurredAt", "occurredBy", "surface"})
public class SubscriptionEventData {
    public long subscriptionId;
    public String stb;
    public String product;
    public String kind;
    @XmlSchemaType(name = "date")
    public String startDate;
    @XmlSchemaType(name = "date")
    public String endDate;
    public String detail;
    public String occurredAt;
    public String occurredBy;
    public String surface;

    static SubscriptionEventData of(SubscriptionEvent e) {
        SubscriptionEventData d = new SubscriptionEventData();
        d.subscriptionId = e.getSubscriptionId();
        d.stb = e.getStbSerial();
        d.product = e.getProductCode();
        d.kind = e.getKind().name();
        d.startDate = date(e.getStartDate());
        d.endDate = date(e.getEndDate());
        d.detail = e.getDetail();
        d.occurredAt = instant(e.getOccurredAt());
        d.occurredBy = e.getOccurredBy();
        d.surface = e.getOccurredVia().name();
        return d;
    }
}
