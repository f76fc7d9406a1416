package org.opensms.sms.stock;

import java.io.Serializable;
import java.util.Locale;
import org.opensms.sms.lco.LcoCode;
import org.opensms.sms.shared.InputCheck;

/**
 * What a device list is narrowed to; null means any. The serial (or card number) matches from its start without
 * regard to case; state, LCO code and lot match exactly.
 */
public record StockFilter(DeviceState state, String lco, String lot, String serial) implements Serializable {

    public static final StockFilter ALL = new StockFilter(null, null, null, null);

    /** Reads filters given as text by any surface; blank means no filter. */
    public static StockFilter parse(InputCheck check, String state, String lco, String lot, String serial) {
        String l = check.optional("lco", lco, LcoCode.MAX_LENGTH);
        String s = check.optional("serial", serial, 64);
        return new StockFilter(check.convert("state", check.optional("state", state, 20), DeviceState::parse),
                l == null ? null : l.toUpperCase(Locale.ROOT), check.optional("lot", lot, StockDevice.MAX_LOT),
                s == null ? null : s.toUpperCase(Locale.ROOT));
    }
}
