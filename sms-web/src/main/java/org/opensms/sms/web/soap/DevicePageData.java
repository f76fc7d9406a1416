package org.opensms.sms.web.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** One page of set-top boxes or smart cards with the total that matches the filter. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "DevicePage", propOrder = {"total", "offset", "limit", "device"})
public class DevicePageData {
    public long total;
    public int offset;
    public int limit;
    @XmlElement(name = "device")
    public List<DeviceData> device = new ArrayList<>();
}
