package org.opensms.sms.web.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** One page of channels with the total that matches the filter. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ChannelPage", propOrder = {"total", "offset", "limit", "channel"})
public class ChannelPageData {
    public long total;
    public int offset;
    public int limit;
    @XmlElement(name = "channel")
    public List<ChannelData> channel = new ArrayList<>();
}
