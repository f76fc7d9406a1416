package org.opensms.sms.stock;

import java.util.Locale;
import java.util.regex.Pattern;
import org.opensms.sms.shared.InvalidInputException;

/** The two kinds of device the MSO stocks; each is identified by its own kind of number. */
public enum DeviceType {
    STB("set-top box", "serial", 64),
    CARD("smart card", "number", 32);

    /** What a serial or card number may hold (kept in upper case): letters, digits, '.', '_', ':' and '-'. */
    public static final Pattern ID_FORM = Pattern.compile("[A-Za-z0-9._:-]+");

    private final String label;
    private final String idName;
    private final int maxIdLength;

    DeviceType(String label, String idName, int maxIdLength) {
        this.label = label;
        this.idName = idName;
        this.maxIdLength = maxIdLength;
    }

    /** "set-top box" or "smart card". */
    public String label() {
        return label;
    }

    /** What the identifier is called in files, filters and messages: "serial" or "number". */
    public String idName() {
        return idName;
    }

    /** Longest identifier the CAS accepts (cas-protocol PROTOCOL.md section 6). */
    public int maxIdLength() {
        return maxIdLength;
    }

    /**
     * A serial (STB) or card number as typed: trimmed, in upper case, 1 to {@link #maxIdLength()} characters of
     * {@link #ID_FORM}; anything else is refused (field "value").
     */
    public String parseId(String text) {
        String v = text.strip().toUpperCase(Locale.ROOT);
        if (v.isEmpty() || v.length() > maxIdLength || !ID_FORM.matcher(v).matches()) {
            throw new InvalidInputException("value", "must be 1 to " + maxIdLength
                    + " letters, digits, '.', '_', ':' or '-', got '" + text + "'");
        }
        return v;
    }

    public static DeviceType parse(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        return switch (t) {
            case "STB", "STBS", "SET-TOP BOX" -> STB;
            case "CARD", "CARDS", "SMARTCARD", "SMART CARD", "VC" -> CARD;
            default -> throw new InvalidInputException("value", "must be STB or CARD, got '" + text + "'");
        };
    }
}
