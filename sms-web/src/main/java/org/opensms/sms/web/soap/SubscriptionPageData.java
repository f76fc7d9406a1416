package org.opensms.sms.web.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** One page of subscriptions (total only where the question has one: findHolders). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "SubscriptionPage", propOrder = {"total", "offset", "limit", "subscription"})
public class SubscriptionPageData {
    public Long total;
    public int offset;
    public int limit;
    @XmlElement(name = "subscription")
    public List<SubscriptionData> subscription = new ArrayList<>();
}
