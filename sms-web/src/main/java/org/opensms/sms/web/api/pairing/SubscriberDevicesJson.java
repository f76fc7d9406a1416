package org.opensms.sms.web.api.pairing;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subscriber's devices: the current pairs (oldest first) and the ended ones (newest first). */
@Schema(name = "SubscriberDevices")
public record SubscriberDevicesJson(String customerId, String status, List<PairJson> pairs, List<PairJson> ended) {
}
