package org.opensms.sms.web.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;
import org.opensms.sms.subscriber.Subscriber;

/** A subscriber in SOAP answers. {@code version} must be sent back with updateSubscriber. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Subscriber", propOrder = {"customerId", "name", "mobile", "email", "landline", "billingAddress",
        "installationAddress", "status", "registeredAt", "registeredBy", "registeredVia", "contractNumber", "area", "lco",
        "cafNumber", "cafDate", "version"})
public class SubscriberData {
    public String customerId;
    public String name;
    public String mobile;
    public String email;
    public String landline;
    public AddressData billingAddress;
    public AddressData installationAddress;
    public String status;
    public String registeredAt;
    public String registeredBy;
    public String registeredVia;
    public String contractNumber;
    public String area;
    /** The LCO's code. */
    public String lco;
    public String cafNumber;
    /** yyyy-mm-dd */
    public String cafDate;
    public long version;

    static SubscriberData of(Subscriber s, String lcoCode) {
        SubscriberData d = new SubscriberData();
        d.customerId = s.getCustomerId().value();
        d.name = s.getName();
        d.mobile = s.getMobile().digits();
        d.email = s.getEmail() == null ? null : s.getEmail().value();
        d.landline = s.getLandline();
        d.billingAddress = AddressData.of(s.getBillingAddress());
        d.installationAddress = AddressData.of(s.getInstallationAddress());
        d.status = s.getStatus().name();
        d.registeredAt = s.getRegisteredAt().toString();
        d.registeredBy = s.getRegisteredBy();
        d.registeredVia = s.getRegisteredVia().name();
        d.contractNumber = s.getContractNumber();
        d.area = s.getArea();
        d.lco = lcoCode;
        d.cafNumber = s.getCafNumber();
        d.cafDate = s.getCafDate() == null ? null : s.getCafDate().toString();
        d.version = s.getVersion();
        return d;
    }
}
