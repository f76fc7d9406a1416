package org.opensms.sms.web.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;
import java.time.Instant;
import org.opensms.sms.lco.Lco;

/** An LCO in SOAP answers (times as ISO-8601 instants; mobile as its 10 national digits). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Lco", propOrder = {"code", "name", "address", "contactPerson", "mobile", "email", "gstin", "area", "status",
        "createdAt", "createdBy", "createdVia", "updatedAt", "updatedBy", "updatedVia"})
public class LcoData {
    public String code;
    public String name;
    public AddressData address;
    public String contactPerson;
    public String mobile;
    public String email;
    public String gstin;
    public String area;
    public String status;
    public String createdAt;
    public String createdBy;
    public String createdVia;
    public String updatedAt;
    public String updatedBy;
    public String updatedVia;

    static LcoData of(Lco l) {
        LcoData d = new LcoData();
        d.code = l.getCode();
        d.name = l.getName();
        d.address = AddressData.of(l.getAddress());
        d.contactPerson = l.getContactPerson();
        d.mobile = l.getMobile().digits();
        d.email = l.getEmail() == null ? null : l.getEmail().value();
        d.gstin = l.getGstin() == null ? null : l.getGstin().value();
        d.area = l.getArea();
        d.status = l.getStatus().name();
        d.createdAt = text(l.getCreatedAt());
        d.createdBy = l.getCreatedBy();
        d.createdVia = l.getCreatedVia().name();
        d.updatedAt = text(l.getUpdatedAt());
        d.updatedBy = l.getUpdatedBy();
        d.updatedVia = l.getUpdatedVia() == null ? null : l.getUpdatedVia().name();
        return d;
    }

    private static String text(Instant t) {
        return t == null ? null : t.toString();
    }
}
