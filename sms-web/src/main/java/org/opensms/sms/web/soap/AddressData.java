package org.opensms.sms.web.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;
import org.opensms.sms.shared.Address;
import org.opensms.sms.shared.AddressInput;

/** An address in SOAP messages. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Address", propOrder = {"line1", "line2", "city", "state", "pinCode"})
public class AddressData {
    public String line1;
    public String line2;
    public String city;
    public String state;
    public String pinCode;

    AddressInput toInput() {
        return new AddressInput(line1, line2, city, state, pinCode);
    }

    static AddressData of(Address a) {
        AddressData d = new AddressData();
        d.line1 = a.getLine1();
        d.line2 = a.getLine2();
        d.city = a.getCity();
        d.state = a.getState().name();
        d.pinCode = a.getPinCode();
        return d;
    }
}
