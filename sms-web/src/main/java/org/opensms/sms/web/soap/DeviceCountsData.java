package org.opensms.sms.web.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opensms.sms.stock.DeviceState;

/** Devices per state, every state listed (zeros too), for set-top boxes and smart cards; lco when narrowed to one. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "DeviceCounts", propOrder = {"lco", "stb", "card"})
public class DeviceCountsData {
    public String lco;
    @XmlElement(name = "stb")
    public List<StateCount> stb = new ArrayList<>();
    @XmlElement(name = "card")
    public List<StateCount> card = new ArrayList<>();

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "StateCount", propOrder = {"state", "count"})
    public static class StateCount {
        public String state;
        public long count;
    }

    static List<StateCount> of(Map<DeviceState, Long> byState) {
        List<StateCount> list = new ArrayList<>();
        byState.forEach((s, n) -> {
            StateCount c = new StateCount();
            c.state = s.name();
            c.count = n;
            list.add(c);
        });
        return list;
    }
}
