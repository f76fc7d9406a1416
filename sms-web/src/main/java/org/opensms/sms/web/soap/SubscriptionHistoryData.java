package org.opensms.sms.web.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** One page of a subscriber's subscription history, newest first. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "SubscriptionHistory", propOrder = {"customerId", "offset", "limit", "event"})
public class SubscriptionHistoryData {
    public String customerId;
    public int offset;
    public int limit;
    @XmlElement(name = "event")
    public List<SubscriptionEventData> event = new ArrayList<>();
}
