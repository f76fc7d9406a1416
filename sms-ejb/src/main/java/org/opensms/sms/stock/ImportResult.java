package org.opensms.sms.stock;

import java.io.Serializable;
import java.util.List;

/** What an import stored: how many devices of which type, and the lots they came in. */
public record ImportResult(DeviceType type, int imported, List<String> lots) implements Serializable {
}
