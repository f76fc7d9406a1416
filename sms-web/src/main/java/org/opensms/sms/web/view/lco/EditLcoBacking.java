package org.opensms.sms.web.view.lco;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.opensms.sms.lco.Lco;
import org.opensms.sms.lco.LcoDetails;
import org.opensms.sms.lco.LcoService;
import org.opensms.sms.lco.LcoStatus;
import org.opensms.sms.shared.AddressInput;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.IndianState;
import org.opensms.sms.shared.Surface;
import org.opensms.sms.web.view.shared.FacesMessages;

/**
 * The LCO form (/lco/edit.xhtml): creates an LCO, or with {@code ?code=LCO0001} edits one (its code stays). Checks
 * are the service's; the page is for administrators (the service refuses others).
 */
@Named
@ViewScoped
public class EditLcoBacking implements Serializable {

    @Inject
    LcoService lcos;

    private String code;
    private boolean existing;
    private String name;
    private String line1;
    private String line2;
    private String city;
    private String state;
    private String pinCode;
    private String contactPerson;
    private String mobile;
    private String email;
    private String gstin;
    private String area;
    private String status = LcoStatus.ACTIVE.name();
    private String savedCode;

    /** f:viewAction: loads the LCO named by the code parameter, if any. */
    public void load() {
        if (code == null || code.isBlank() || existing) {
            return;
        }
        try {
            Lco l = lcos.getByCode(code);
            existing = true;
            code = l.getCode();
            name = l.getName();
            line1 = l.getAddress().getLine1();
            line2 = l.getAddress().getLine2();
            city = l.getAddress().getCity();
            state = l.getAddress().getState().name();
            pinCode = l.getAddress().getPinCode();
            contactPerson = l.getContactPerson();
            mobile = l.getMobile().digits();
            email = l.getEmail() == null ? null : l.getEmail().value();
            gstin = l.getGstin() == null ? null : l.getGstin().value();
            area = l.getArea();
            status = l.getStatus().name();
        } catch (BusinessException e) {
            FacesMessages.show(e, "lco", f -> null);
        }
    }

    public void save() {
        LcoDetails details = new LcoDetails(code, name, new AddressInput(line1, line2, city, state, pinCode), contactPerson,
                mobile, email, gstin, area, status);
        boolean created = !existing;
        try {
            Lco l = existing ? lcos.update(code, details, Surface.CONSOLE) : lcos.create(details, Surface.CONSOLE);
            savedCode = l.getCode();
            existing = true;
            code = l.getCode();
            FacesMessages.info((created ? "Created LCO " : "Saved LCO ") + savedCode);
        } catch (BusinessException e) {
            savedCode = null;
            FacesMessages.show(e, "lco", EditLcoBacking::inputId);
        }
    }

    /** address.pinCode -> pinCode; other fields keep their names. */
    static String inputId(String field) {
        return field.startsWith("address.") ? field.substring("address.".length()) : field;
    }

    public List<IndianState> getStates() {
        return List.of(IndianState.values());
    }

    public List<LcoStatus> getStatuses() {
        return List.of(LcoStatus.values());
    }

    public boolean isExisting() { return existing; }
    public String getSavedCode() { return savedCode; }
    public String getCode() { return code; }
    public void setCode(String v) { code = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
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
    public String getContactPerson() { return contactPerson; }
    public void setContactPerson(String v) { contactPerson = v; }
    public String getMobile() { return mobile; }
    public void setMobile(String v) { mobile = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getGstin() { return gstin; }
    public void setGstin(String v) { gstin = v; }
    public String getArea() { return area; }
    public void setArea(String v) { area = v; }
    public String getStatus() { return status; }
    public void setStatus(String v) { status = v; }
}
