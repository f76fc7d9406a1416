package org.opensms.sms.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The states and union territories of India with their ISO 3166-2:IN codes and GST state codes.
 * The state of an address decides which taxes apply (CGST+SGST inside a state, IGST across).
 */
public enum IndianState {
    AN("Andaman and Nicobar Islands", "35"), AP("Andhra Pradesh", "37"), AR("Arunachal Pradesh", "12"),
    AS("Assam", "18"), BR("Bihar", "10"), CH("Chandigarh", "04"), CT("Chhattisgarh", "22"),
    DH("Dadra and Nagar Haveli and Daman and Diu", "26"), DL("Delhi", "07"), GA("Goa", "30"),
    GJ("Gujarat", "24"), HR("Haryana", "06"), HP("Himachal Pradesh", "02"), JK("Jammu and Kashmir", "01"),
    JH("Jharkhand", "20"), KA("Karnataka", "29"), KL("Kerala", "32"), LA("Ladakh", "38"),
    LD("Lakshadweep", "31"), MP("Madhya Pradesh", "23"), MH("Maharashtra", "27"), MN("Manipur", "14"),
    ML("Meghalaya", "17"), MZ("Mizoram", "15"), NL("Nagaland", "13"), OR("Odisha", "21"),
    PY("Puducherry", "34"), PB("Punjab", "03"), RJ("Rajasthan", "08"), SK("Sikkim", "11"),
    TN("Tamil Nadu", "33"), TG("Telangana", "36"), TR("Tripura", "16"), UP("Uttar Pradesh", "09"),
    UT("Uttarakhand", "05"), WB("West Bengal", "19");

    private final String displayName;
    private final String gstCode;

    IndianState(String displayName, String gstCode) {
        this.displayName = displayName;
        this.gstCode = gstCode;
    }

    public String displayName() {
        return displayName;
    }

    public String gstCode() {
        return gstCode;
    }

    /** Accepts the two-letter code or the full name, in any case. */
    public static IndianState parse(String text) {
        String t = text.strip();
        for (IndianState s : values()) {
            if (s.name().equalsIgnoreCase(t) || s.displayName.equalsIgnoreCase(t)) {
                return s;
            }
        }
        throw new InvalidInputException("value", "must be an Indian state or union territory code ("
                + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")) + ") or name, got '"
                + text.toUpperCase(Locale.ROOT) + "'");
    }
}
