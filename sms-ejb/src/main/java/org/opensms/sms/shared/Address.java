package org.opensms.sms.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.regex.Pattern;

/** A postal address in India. Immutable; build one with {@link #read}, which checks every part. */
@Embeddable
public class Address implements Serializable {

    public static final int MAX_LINE = 120;
    public static final int MAX_CITY = 60;
    private static final Pattern PIN_CODE = Pattern.compile("[1-9][0-9]{5}");

    @Column(name = "line1", nullable = false, length = MAX_LINE)
    private String line1;
    @Column(name = "line2", length = MAX_LINE)
    private String line2;
    @Column(name = "city", nullable = false, length = MAX_CITY)
    private String city;
    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 2)
    private IndianState state;
    @Column(name = "pin_code", nullable = false, length = 6)
    private String pinCode;

    protected Address() {
    }

    public Address(String line1, String line2, String city, IndianState state, String pinCode) {
        this.line1 = line1;
        this.line2 = line2;
        this.city = city;
        this.state = state;
        this.pinCode = pinCode;
    }

    /**
     * Reads an address given as text, recording every problem under {@code prefix.part}
     * (for example {@code billingAddress.pinCode}). Returns null when any part is wrong.
     */
    public static Address read(InputCheck check, String prefix, String line1, String line2, String city,
                               String state, String pinCode) {
        String l1 = check.required(prefix + ".line1", line1, MAX_LINE);
        String l2 = check.optional(prefix + ".line2", line2, MAX_LINE);
        String c = check.required(prefix + ".city", city, MAX_CITY);
        String s = check.required(prefix + ".state", state, 60);
        IndianState st = check.convert(prefix + ".state", s, IndianState::parse);
        String pin = check.required(prefix + ".pinCode", pinCode == null ? null : pinCode.replace(" ", ""), 6);
        if (pin != null && !PIN_CODE.matcher(pin).matches()) {
            check.add(prefix + ".pinCode", "must be a 6-digit Indian PIN code not starting with 0, got '" + pinCode + "'");
            pin = null;
        }
        if (l1 == null || c == null || st == null || pin == null) {
            return null;
        }
        return new Address(l1, l2, c, st, pin);
    }

    public String getLine1() {
        return line1;
    }

    public String getLine2() {
        return line2;
    }

    public String getCity() {
        return city;
    }

    public IndianState getState() {
        return state;
    }

    public String getPinCode() {
        return pinCode;
    }

    /** One line for lists: "12 MG Road, Indiranagar, Bengaluru KA 560038". */
    public String getOneLine() {
        return line1 + (line2 == null ? "" : ", " + line2) + ", " + city + " " + state.name() + " " + pinCode;
    }
}
