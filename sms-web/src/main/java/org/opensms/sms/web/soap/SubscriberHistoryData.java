package org.opensms.sms.web.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** A subscriber's history, oldest first. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "SubscriberHistory", propOrder = {"customerId", "status", "change"})
public class SubscriberHistoryData {
    public String customerId;
    public String status;
    @XmlElement(name = "change")
    public List<SubscriberChangeData> change = new ArrayList<>();
}
