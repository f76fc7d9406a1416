package org.opensms.sms.web.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;
import org.opensms.sms.subscriber.SubscriberRegistration;

/** The registerSubscriber request. installationAddress may be left out when it equals the billing address. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "SubscriberRegistration",
        propOrder = {"name", "mobile", "email", "landline", "billingAddress", "installationAddress"})
public class SubscriberRegistrationData {
    public String name;
    public String mobile;
    public String email;
    public String landline;
    public AddressData billingAddress;
    public AddressData installationAddress;

    SubscriberRegistration toRegistration() {
        return new SubscriberRegistration(name, mobile, email, landline,
                billingAddress == null ? null : billingAddress.toInput(),
                installationAddress == null ? null : installationAddress.toInput());
    }
}
