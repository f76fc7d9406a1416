package org.opensms.sms.stock;

import java.util.Locale;
import org.opensms.sms.shared.InvalidInputException;

/** The two kinds of device the MSO stocks; each is identified by its own kind of number. */
public enum DeviceType {
    STB("set-top box", "serial", 64),
    CARD("smart card", "number", 32);

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

    public static DeviceType parse(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        return switch (t) {
            case "STB", "STBS", "SET-TOP BOX" -> STB;
            case "CARD", "CARDS", "SMARTCARD", "SMART CARD", "VC" -> CARD;
            default -> throw new InvalidInputException("value", "must be STB or CARD, got '" + text + "'");
        };
    }
}
