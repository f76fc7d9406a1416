package org.opensms.sms.web.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;
import org.opensms.sms.lco.LcoDetails;

/**
 * The createLco and updateLco request, as REST's LcoDetails: code required on create (2 to 20 of A-Z, 0-9, '-'),
 * on update absent or equal to the LCO's; gstin and email optional; status ACTIVE or INACTIVE (default ACTIVE on
 * create, unchanged on update).
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "LcoDetails", propOrder = {"code", "name", "address", "contactPerson", "mobile", "email", "gstin", "area",
        "status"})
public class LcoDetailsData {
    public String code;
    public String name;
    public AddressData address;
    public String contactPerson;
    public String mobile;
    public String email;
    public String gstin;
    public String area;
    public String status;

    LcoDetails toDetails() {
        return new LcoDetails(code, name, address == null ? null : address.toInput(), contactPerson, mobile, email, gstin,
                area, status);
    }
}
