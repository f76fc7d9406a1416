package org.opensms.sms.web.view.subscriber;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.IndianState;
import org.opensms.sms.shared.Surface;
import org.opensms.sms.subscriber.Subscriber;
import org.opensms.sms.subscriber.SubscriberChanges;
import org.opensms.sms.subscriber.SubscriberLifecycle;
import org.opensms.sms.subscriber.SubscriberService;
import org.opensms.sms.web.view.shared.FacesMessages;

/**
 * The edit form (/subscriber/edit.xhtml?customerId=...). It keeps the version it loaded, so that saving over a
 * change someone else made meanwhile is refused (the service's optimistic check) instead of overwriting it.
 * Every editable field is sent; the service records only those that differ.
 */
@Named
@ViewScoped
public class EditSubscriberBacking implements Serializable {

    @Inject
    SubscriberService subscribers;

    private String customerId;
    private boolean loaded;
    private boolean editable;
    private String status;
    private long version;
    private String contractNumber;
    private String name;
    private String mobile;
    private String email;
    private String landline;
    private String area;
    private String lco;
    private String cafNumber;
    private String cafDate;
    private RegisterSubscriberBacking.AddressForm billing = new RegisterSubscriberBacking.AddressForm();
    private RegisterSubscriberBacking.AddressForm installation = new RegisterSubscriberBacking.AddressForm();

    /** Loads the subscriber named by the request parameter customerId when the view is first built. */
    @jakarta.annotation.PostConstruct
    void init() {
        customerId = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("customerId");
        if (customerId == null || customerId.isBlank()) {
            FacesMessages.error(null, "No customer ID given: open a subscriber from the list");
            return;
        }
        load();
    }

    /** Loads the subscriber named by the view parameter (only on the first request of the view). */
    public void load() {
        if (loaded) {
            return;
        }
        try {
            fill(subscribers.getByCustomerId(customerId));
        } catch (BusinessException e) {
            FacesMessages.show(e, "edit", f -> null);
        }
    }

    private void fill(Subscriber s) {
        loaded = true;
        customerId = s.getCustomerId().value();
        status = s.getStatus().name();
        editable = SubscriberLifecycle.editable(s.getStatus());
        version = s.getVersion();
        contractNumber = s.getContractNumber();
        name = s.getName();
        mobile = s.getMobile().digits();
        email = s.getEmail() == null ? null : s.getEmail().value();
        landline = s.getLandline();
        area = s.getArea();
        lco = subscribers.lcoCodeOf(s);
        cafNumber = s.getCafNumber();
        cafDate = s.getCafDate() == null ? null : s.getCafDate().toString();
        billing = RegisterSubscriberBacking.AddressForm.of(s.getBillingAddress());
        installation = RegisterSubscriberBacking.AddressForm.of(s.getInstallationAddress());
    }

    public void save() {
        SubscriberChanges changes = new SubscriberChanges(version)
                .set("name", name).set("mobile", mobile).set("email", email).set("landline", landline)
                .set("area", area).set("lco", lco).set("cafNumber", cafNumber).set("cafDate", cafDate)
                .setAddress("billingAddress", billing.toInput())
                .setAddress("installationAddress", installation.toInput());
        try {
            Subscriber s = subscribers.update(customerId, changes, Surface.CONSOLE);
            fill(s);
            FacesMessages.info("Saved " + customerId + " (version " + version + ")");
        } catch (BusinessException e) {
            if (e.code() == org.opensms.sms.shared.ErrorCode.CONFLICT) {
                FacesMessages.error(null, e.getMessage()); // stale version or deactivated: the message says what to do
            } else {
                FacesMessages.show(e, "edit", RegisterSubscriberBacking::inputId);
            }
        }
    }

    public List<IndianState> getStates() {
        return List.of(IndianState.values());
    }

    public String getCustomerId() { return customerId; }
    public void setCustomerId(String v) { customerId = v; }
    public boolean isLoaded() { return loaded; }
    public boolean isEditable() { return editable; }
    public String getStatus() { return status; }
    public long getVersion() { return version; }
    public String getContractNumber() { return contractNumber; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getMobile() { return mobile; }
    public void setMobile(String v) { mobile = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getLandline() { return landline; }
    public void setLandline(String v) { landline = v; }
    public String getArea() { return area; }
    public void setArea(String v) { area = v; }
    public String getLco() { return lco; }
    public void setLco(String v) { lco = v; }
    public String getCafNumber() { return cafNumber; }
    public void setCafNumber(String v) { cafNumber = v; }
    public String getCafDate() { return cafDate; }
    public void setCafDate(String v) { cafDate = v; }
    public RegisterSubscriberBacking.AddressForm getBilling() { return billing; }
    public RegisterSubscriberBacking.AddressForm getInstallation() { return installation; }
}
