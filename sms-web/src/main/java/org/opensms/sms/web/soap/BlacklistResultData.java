package org.opensms.sms.web.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** What a blacklisting did: the devices blacklisted and, for those that were paired, the customer unpaired. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "BlacklistResult", propOrder = {"type", "serial", "unpaired"})
public class BlacklistResultData {
    public String type;
    @XmlElement(name = "serial")
    public List<String> serial = new ArrayList<>();
    @XmlElement(name = "unpaired")
    public List<Unpaired> unpaired = new ArrayList<>();

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "UnpairedDevice", propOrder = {"serial", "customerId"})
    public static class Unpaired {
        public String serial;
        public String customerId;
    }
}
