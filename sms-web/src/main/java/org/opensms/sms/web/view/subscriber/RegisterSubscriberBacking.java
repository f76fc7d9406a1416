package org.opensms.sms.web.view.subscriber;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.opensms.sms.shared.AddressInput;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.IndianState;
import org.opensms.sms.shared.Surface;
import org.opensms.sms.subscriber.Subscriber;
import org.opensms.sms.subscriber.SubscriberRegistration;
import org.opensms.sms.subscriber.SubscriberService;
import org.opensms.sms.web.view.shared.FacesMessages;

/** The registration form (/subscriber/register.xhtml). All checks are the service's; this bean only carries the form. */
@Named
@ViewScoped
public class RegisterSubscriberBacking implements Serializable {

    @Inject
    SubscriberService subscribers;

    private String name;
    private String mobile;
    private String email;
    private String landline;
    private String contractNumber;
    private String area;
    private String lco;
    private String cafNumber;
    private String cafDate;
    private final AddressForm billing = new AddressForm();
    private final AddressForm installation = new AddressForm();
    private boolean installationSameAsBilling = true;
    private String registeredCustomerId;

    public void register() {
        SubscriberRegistration registration = new SubscriberRegistration(name, mobile, email, landline,
                billing.toInput(), installationSameAsBilling ? null : installation.toInput(), contractNumber, area, lco,
                cafNumber, cafDate);
        try {
            Subscriber s = subscribers.register(registration, Surface.CONSOLE);
            registeredCustomerId = s.getCustomerId().value();
            FacesMessages.info("Registered " + s.getName() + " as customer " + registeredCustomerId);
            clear();
        } catch (BusinessException e) {
            registeredCustomerId = null;
            FacesMessages.show(e, "register", RegisterSubscriberBacking::inputId);
        }
    }

    /** billingAddress.pinCode -> billingPinCode; installationAddress.city -> installationCity; name -> name. */
    static String inputId(String field) {
        int dot = field.indexOf('.');
        if (dot < 0) {
            return field;
        }
        String part = field.substring(dot + 1);
        String prefix = field.startsWith("billing") ? "billing" : "installation";
        return prefix + Character.toUpperCase(part.charAt(0)) + part.substring(1);
    }

    private void clear() {
        name = mobile = email = landline = contractNumber = area = lco = cafNumber = cafDate = null;
        billing.clear();
        installation.clear();
        installationSameAsBilling = true;
    }

    public List<IndianState> getStates() {
        return List.of(IndianState.values());
    }

    /** The parts of one address on the form. */
    public static class AddressForm implements Serializable {
        private String line1;
        private String line2;
        private String city;
        private String state;
        private String pinCode;

        static AddressForm of(org.opensms.sms.shared.Address a) {
            AddressForm f = new AddressForm();
            f.line1 = a.getLine1();
            f.line2 = a.getLine2();
            f.city = a.getCity();
            f.state = a.getState().name();
            f.pinCode = a.getPinCode();
            return f;
        }

        AddressInput toInput() {
            return new AddressInput(line1, line2, city, state, pinCode);
        }

        void clear() {
            line1 = line2 = city = state = pinCode = null;
        }

        public String getLine1() { return line1; }
        public void setLine1(String v) { line1 = v; }
        public String getLine2() { return line2; }
        public void setLine2(String v) { line2 = v; }
        public String getCity() { return city; }
        public void setCity(String v) { city = v; }
        public String getState() { return state; }
        public void setState(String v) { state = v; }
        public String getPinCode() { return pinCode; }
        public void setPinCode(String v) { pinCode = v; }
    }

    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getMobile() { return mobile; }
    public void setMobile(String v) { mobile = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getLandline() { return landline; }
    public void setLandline(String v) { landline = v; }
    public String getContractNumber() { return contractNumber; }
    public void setContractNumber(String v) { contractNumber = v; }
    public String getArea() { return area; }
    public void setArea(String v) { area = v; }
    public String getLco() { return lco; }
    public void setLco(String v) { lco = v; }
    public String getCafNumber() { return cafNumber; }
    public void setCafNumber(String v) { cafNumber = v; }
    public String getCafDate() { return cafDate; }
    public void setCafDate(String v) { cafDate = v; }
    public AddressForm getBilling() { return billing; }
    public AddressForm getInstallation() { return installation; }
    public boolean isInstallationSameAsBilling() { return installationSameAsBilling; }
    public void setInstallationSameAsBilling(boolean v) { installationSameAsBilling = v; }
    public String getRegisteredCustomerId() { return registeredCustomerId; }
}
