package org.opensms.sms.lco;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.opensms.sms.shared.Address;
import org.opensms.sms.shared.AddressInput;
import org.opensms.sms.shared.EmailAddress;
import org.opensms.sms.shared.InputCheck;
import org.opensms.sms.shared.InvalidInputException;
import org.opensms.sms.shared.MobileNumber;

/**
 * An LCO's details as text from any surface, for creation (code required) or update (code absent or equal to the
 * LCO's). {@link #check} reads all of it and names every bad field. GSTIN and e-mail are optional; a null status
 * means ACTIVE on creation and "unchanged" on update.
 */
public record LcoDetails(String code, String name, AddressInput address, String contactPerson, String mobile,
                         String email, String gstin, String area, String status) implements Serializable {

    /** Checked values, ready for the entity. */
    public record Checked(String code, String name, Address address, String contactPerson, MobileNumber mobile,
                   EmailAddress email, Gstin gstin, String area, LcoStatus status) {
    }

    /** Reads every field, or throws an InvalidInputException that lists every bad one. Touches no database. */
    public Checked check(boolean codeRequired) {
        InputCheck check = new InputCheck();
        String c = codeRequired ? check.required("code", code, 40) : check.optional("code", code, 40);
        c = check.convert("code", c, LcoCode::parse);
        String n = check.required("name", name, Lco.MAX_NAME);
        Address a = null;
        if (address == null) {
            check.add("address", "is required");
        } else {
            a = address.read(check, "address");
        }
        String cp = check.required("contactPerson", contactPerson, Lco.MAX_CONTACT);
        MobileNumber m = check.convert("mobile", check.required("mobile", mobile, 20), MobileNumber::parse);
        EmailAddress e = check.convert("email", check.optional("email", email, EmailAddress.MAX_LENGTH), EmailAddress::parse);
        Gstin g = check.convert("gstin", check.optional("gstin", gstin, 20), Gstin::parse);
        if (g != null && a != null && g.state() != null && g.state() != a.getState()) {
            check.add("gstin", "is registered in " + g.state().displayName() + " (" + g.value().substring(0, 2)
                    + ") but the address is in " + a.getState().displayName());
        }
        String ar = check.required("area", area, Lco.MAX_AREA);
        LcoStatus s = check.convert("status", check.optional("status", status, 10), LcoDetails::status);
        check.throwIfInvalid();
        return new Checked(c, n, a, cp, m, e, g, ar, s);
    }

    static LcoStatus status(String text) {
        try {
            return LcoStatus.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("value", "must be one of "
                    + Arrays.stream(LcoStatus.values()).map(Enum::name).collect(Collectors.joining(", ")) + ", got '" + text + "'");
        }
    }
}
