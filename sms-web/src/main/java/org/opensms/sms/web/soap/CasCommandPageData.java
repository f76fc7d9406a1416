package org.opensms.sms.web.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** A page of the CAS command journal, newest first, with the number of matching commands. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "CasCommandPage", propOrder = {"total", "offset", "limit", "command"})
public class CasCommandPageData {
    public long total;
    public int offset;
    public int limit;
    @XmlElement(name = "command")
    public List<CasCommandData> command = new ArrayList<>();
}
