package org.opensms.sms.web.soap;

import static org.opensms.sms.web.soap.SoapValues.date;
import static org.opensms.sms.web.soap.SoapValues.instant;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;
import org.opensms.sms.subscription.Subscription;
import org.opensms.sms.subscription.SubscriptionEvent;

/**
 * A subscription in SOAP answers: id (what renew, change and cancel take), subscriber, STB, product, period (endDate
 * inclusive), status (ACTIVE, EXPIRED, CANCELLED), endedOn (the first day no longer covered, when ended), autoRenew;
 * {@code event}, its history oldest first, only when one subscription is read (getSubscription).
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Subscription", propOrder = {"id", "customerId", "stb", "product", "startDate", "endDate", "status", "autoRenew",
        "endedOn", "createdAt", "createdBy", "createdVia", "updatedAt", "event"})
public class SubscriptionData {
    public long id;
    public String customerId;
    public String stb;
    public String product;
    @XmlSchemaType(name = "date")
    public String startDate;
    @XmlSchemaType(name = "date")
    public String endDate;
    public String status;
    public boolean autoRenew;
    @XmlSchemaType(name = "date")
    public String endedOn;
    public String createdAt;
    public String createdBy;
    public String createdVia;
    public String updatedAt;
    @XmlElement(name = "event")
    public List<SubscriptionEventData> event = new ArrayList<>();

    static SubscriptionData of(Subscription s) {
        SubscriptionData d = new SubscriptionData();
        d.id = s.getId();
        d.customerId = s.getCustomerId();
        d.stb = s.getStbSerial();
        d.product = s.getProductCode();
        d.startDate = date(s.getStartDate());
        d.endDate = date(s.getEndDate());
        d.status = s.getStatus().name();
        d.autoRenew = s.isAutoRenew();
        d.endedOn = date(s.getEndedOn());
        d.createdAt = instant(s.getCreatedAt());
        d.createdBy = s.getCreatedBy();
        d.createdVia = s.getCreatedVia().name();
        d.updatedAt = instant(s.getUpdatedAt());
        return d;
    }

    static SubscriptionData of(Subscription s, List<SubscriptionEvent> history) {
        SubscriptionData d = of(s);
        history.forEach(e -> d.event.add(SubscriptionEventData.of(e)));
        return d;
    }
}
