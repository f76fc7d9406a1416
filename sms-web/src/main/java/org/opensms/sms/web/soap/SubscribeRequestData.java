package org.opensms.sms.web.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import org.opensms.sms.subscription.SubscribeRequest;

/**
 * The subscribe request: the subscriber (customerId), one of its paired set-top boxes (stb), the product (code), the
 * startDate (default today; later for a start in the future) and either endDate (inclusive) or days (default: the
 * product's validity); autoRenew (default false) lets the renewal run extend it. An event package takes no dates.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "SubscribeRequest", propOrder = {"customerId", "stb", "product", "startDate", "endDate", "days", "autoRenew"})
public class SubscribeRequestData {
    public String customerId;
    public String stb;
    public String product;
    @XmlSchemaType(name = "date")
    public String startDate;
    @XmlSchemaType(name = "date")
    public String endDate;
    @XmlSchemaType(name = "int")
    public String days;
    public Boolean autoRenew;

    SubscribeRequest toRequest() {
        return new SubscribeRequest(customerId, stb, product, startDate, endDate, days, autoRenew);
    }
}
