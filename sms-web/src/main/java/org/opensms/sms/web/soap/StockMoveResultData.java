package org.opensms.sms.web.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** What a stock move did: how many devices moved and each as it is now (without history), in the order named. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "StockMoveResult", propOrder = {"type", "moved", "device"})
public class StockMoveResultData {
    public String type;
    public int moved;
    @XmlElement(name = "device")
    public List<DeviceData> device = new ArrayList<>();
}
