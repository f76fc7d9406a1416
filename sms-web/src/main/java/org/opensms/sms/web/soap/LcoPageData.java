package org.opensms.sms.web.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** One page of LCOs with the total that matches the filter. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "LcoPage", propOrder = {"total", "offset", "limit", "lco"})
public class LcoPageData {
    public long total;
    public int offset;
    public int limit;
    @XmlElement(name = "lco")
    public List<LcoData> lco = new ArrayList<>();
}
