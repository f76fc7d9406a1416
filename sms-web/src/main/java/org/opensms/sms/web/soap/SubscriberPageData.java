package org.opensms.sms.web.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** One page of subscribers with the total that matches the filter. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "SubscriberPage", propOrder = {"total", "offset", "limit", "subscriber"})
public class SubscriberPageData {
    public long total;
    public int offset;
    public int limit;
    @XmlElement(name = "subscriber")
    public List<SubscriberData> subscriber = new ArrayList<>();
}
