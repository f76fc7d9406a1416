package org.opensms.sms.web.api.stock;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a device list, with the total that matches the filters. */
@Schema(name = "DevicePage")
public record DevicePageJson(long total, int offset, int limit, List<DeviceJson> items) {
}
