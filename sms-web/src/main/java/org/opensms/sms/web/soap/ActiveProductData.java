package org.opensms.sms.web.soap;

import static org.opensms.sms.web.soap.SoapValues.date;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;
import org.opensms.sms.subscription.ActiveProduct;

/**
 * A product an STB has on the day asked or will have later, until when, and the channels (codes) it carries then;
 * runningOnDay is false for a start in the future.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ActiveProduct", propOrder = {"subscriptionId", "customerId", "stb", "product", "productName", "kind",
        "startDate", "endDate", "autoRenew", "runningOnDay", "channel"})
public class ActiveProductData {
    public long subscriptionId;
    public String customerId;
    public String stb;
    public String product;
    public String productName;
    public String kind;
    @XmlSchemaType(name = "date")
    public String startDate;
    @XmlSchemaType(name = "date")
    public String endDate;
    public boolean autoRenew;
    public boolean runningOnDay;
    @XmlElement(name = "channel")
    public List<String> channel = new ArrayList<>();

    static ActiveProductData of(ActiveProduct a) {
        ActiveProductData d = new ActiveProductData();
        d.subscriptionId = a.subscriptionId();
        d.customerId = a.customerId();
        d.stb = a.stb();
        d.product = a.productCode();
        d.productName = a.productName();
        d.kind = a.kind().name();
        d.startDate = date(a.startDate());
        d.endDate = date(a.endDate());
        d.autoRenew = a.autoRenew();
        d.runningOnDay = a.runningOnDay();
        d.channel.addAll(a.channels());
        return d;
    }
}
