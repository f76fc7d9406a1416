package org.opensms.sms.web.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** A subscriber's current pairs (oldest first) and ended ones (newest first). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "SubscriberDevices", propOrder = {"customerId", "status", "pair", "ended"})
public class SubscriberDevicesData {
    public String customerId;
    public String status;
    @XmlElement(name = "pair")
    public List<PairData> pair = new ArrayList<>();
    @XmlElement(name = "ended")
    public List<PairData> ended = new ArrayList<>();
}
