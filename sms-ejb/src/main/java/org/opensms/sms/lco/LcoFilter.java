package org.opensms.sms.lco;

import java.io.Serializable;
import org.opensms.sms.shared.InputCheck;

/**
 * What an LCO list is narrowed to; null means any. Code, name and area match from the start of the value without
 * regard to case.
 */
public record LcoFilter(String code, String name, String area, LcoStatus status) implements Serializable {

    public static final LcoFilter ALL = new LcoFilter(null, null, null, null);

    /** Reads filters given as text by any surface; blank means no filter. */
    public static LcoFilter parse(InputCheck check, String code, String name, String area, String status) {
        return new LcoFilter(check.optional("code", code, LcoCode.MAX_LENGTH), check.optional("name", name, Lco.MAX_NAME),
                check.optional("area", area, Lco.MAX_AREA),
                check.convert("status", check.optional("status", status, 10), LcoDetails::status));
    }
}
