package org.opensms.sms.stock;

import java.util.Locale;
import org.opensms.sms.shared.InvalidInputException;

/** The file formats a shipment can be imported from. */
public enum ImportFormat {
    /** Comma-separated, UTF-8 (a byte-order mark is allowed), RFC 4180 quoting. */
    CSV,
    /** Excel workbook (.xlsx); the first sheet is read, streamed. */
    XLSX;

    public static ImportFormat parse(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        if (t.startsWith(".")) {
            t = t.substring(1);
        }
        return switch (t) {
            case "CSV", "TEXT/CSV" -> CSV;
            case "XLSX", "EXCEL", "APPLICATION/VND.OPENXMLFORMATS-OFFICEDOCUMENT.SPREADSHEETML.SHEET" -> XLSX;
            default -> throw new InvalidInputException("value", "must be csv or xlsx, got '" + text + "'");
        };
    }

    /** The format a file name's extension names, or null. */
    public static ImportFormat ofFileName(String name) {
        if (name == null) {
            return null;
        }
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".csv") ? CSV : n.endsWith(".xlsx") ? XLSX : null;
    }
}
