package org.opensms.sms.web.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;
import org.opensms.sms.subscriber.SubscriberChanges;

/**
 * The updateSubscriber request: the version read (required) and the fields to change. An element left out keeps
 * its field; an empty element ({@code <email/>}) clears it (refused for name, mobile and the addresses); an address
 * given replaces the whole address.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "SubscriberUpdate", propOrder = {"version", "name", "mobile", "email", "landline", "billingAddress",
        "installationAddress", "area", "lco", "cafNumber", "cafDate"})
public class SubscriberUpdateData {
    public Long version;
    public String name;
    public String mobile;
    public String email;
    public String landline;
    public AddressData billingAddress;
    public AddressData installationAddress;
    public String area;
    public String lco;
    public String cafNumber;
    public String cafDate;

    SubscriberChanges toChanges() {
        SubscriberChanges c = new SubscriberChanges(version);
        text(c, "name", name);
        text(c, "mobile", mobile);
        text(c, "email", email);
        text(c, "landline", landline);
        text(c, "area", area);
        text(c, "lco", lco);
        text(c, "cafNumber", cafNumber);
        text(c, "cafDate", cafDate);
        if (billingAddress != null) {
            c.setAddress("billingAddress", billingAddress.toInput());
        }
        if (installationAddress != null) {
            c.setAddress("installationAddress", installationAddress.toInput());
        }
        return c;
    }

    /** null: the element was left out (keep); "" : the element was empty (clear). */
    private static void text(SubscriberChanges c, String field, String value) {
        if (value != null) {
            c.set(field, value);
        }
    }
}
