package org.opensms.sms.web.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;
import org.opensms.sms.subscriber.SubscriberRegistration;

/**
 * The registerSubscriber request. installationAddress may be left out when it equals the billing address;
 * contractNumber when one should be generated; lco (an LCO code), area, cafNumber and cafDate (yyyy-mm-dd or
 * dd-mm-yyyy) are optional, but activation needs the CAF number and date.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "SubscriberRegistration",
        propOrder = {"name", "mobile", "email", "landline", "billingAddress", "installationAddress", "contractNumber",
                "area", "lco", "cafNumber", "cafDate"})
public class SubscriberRegistrationData {
    public String name;
    public String mobile;
    public String email;
    public String landline;
    public AddressData billingAddress;
    public AddressData installationAddress;
    public String contractNumber;
    public String area;
    public String lco;
    public String cafNumber;
    public String cafDate;

    SubscriberRegistration toRegistration() {
        return new SubscriberRegistration(name, mobile, email, landline,
                billingAddress == null ? null : billingAddress.toInput(),
                installationAddress == null ? null : installationAddress.toInput(),
                contractNumber, area, lco, cafNumber, cafDate);
    }
}
