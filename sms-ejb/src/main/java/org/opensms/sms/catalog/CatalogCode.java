package org.opensms.sms.catalog;

import java.util.Locale;
import java.util.regex.Pattern;
import org.opensms.cas.api.CasProductId;
import org.opensms.sms.shared.InputCheck;

/** The codes of the catalog: the MSO's codes for channels and products, and the CAS's service and product ids. */
final class CatalogCode {

    /** 2 to 20 of A-Z, 0-9, '-' and '_', starting with a letter or digit; kept in upper case. */
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{1,19}");
    /** Longest CAS service or product id the SMS keeps (the CAS allows 64; the journal and expected state keep 32). */
    static final int MAX_CAS_ID = 32;

    private CatalogCode() {
    }

    static String code(InputCheck check, String field, String text, boolean required) {
        String v = required ? check.required(field, text, 40) : check.optional(field, text, 40);
        if (v == null) {
            return null;
        }
        v = v.toUpperCase(Locale.ROOT);
        if (!CODE.matcher(v).matches()) {
            check.add(field, "must be 2 to 20 letters, digits, '-' or '_' (like STAR-PLUS-HD), got '" + text + "'");
            return null;
        }
        return v;
    }

    static String casId(InputCheck check, String field, String text) {
        String v = check.required(field, text, MAX_CAS_ID);
        if (v == null) {
            return null;
        }
        try {
            return CasProductId.of(v).value();
        } catch (IllegalArgumentException e) {
            check.add(field, "must be 1 to " + MAX_CAS_ID + " of A-Z, a-z, 0-9, '.', '_', ':' and '-', got '" + text + "'");
            return null;
        }
    }
}
