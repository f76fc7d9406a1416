package org.opensms.sms.pairing;

import java.util.List;
import java.util.Map;
import org.opensms.sms.stock.DeviceType;

/**
 * What a blacklisting did.
 *
 * @param serials  the devices blacklisted, as stored (upper case)
 * @param unpaired the devices among them that were paired, each with the customer ID it was unpaired from
 */
public record BlacklistResult(DeviceType type, List<String> serials, Map<String, String> unpaired) {
}
