package org.opensms.sms.web.api.stock;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opensms.sms.stock.DeviceMovement;
import org.opensms.sms.stock.SetTopBox;
import org.opensms.sms.stock.StockDevice;

/** A set-top box or smart card as the REST API shows it; {@code history} only when one device is read. */
@Schema(name = "Device")
public record DeviceJson(
        @Schema(enumeration = {"STB", "CARD"}) String type,
        @Schema(description = "STB serial or card number") String serial,
        String vendor,
        @Schema(description = "STBs only") String model,
        String lot, String warehouse,
        @Schema(enumeration = {"IN_STOCK", "ALLOCATED", "INSTALLED", "DEACTIVATED", "FAULTY", "UNDER_REPAIR", "BLACKLISTED"})
        String state,
        @Schema(description = "Code of the LCO the device is allocated to") String lco,
        Instant stateChangedAt, Instant createdAt, String createdBy,
        List<MovementJson> history) {

    /** One line of a device's movement history. */
    @Schema(name = "DeviceMovement")
    public record MovementJson(String operation, String fromState, String toState, String fromLco, String toLco,
                               String reason, String movedBy, String surface, Instant movedAt) {
        static MovementJson of(DeviceMovement m) {
            return new MovementJson(m.getOperation().name(), m.getFromState() == null ? null : m.getFromState().name(),
                    m.getToState().name(), m.getFromLco(), m.getToLco(), m.getReason(), m.getMovedBy(),
                    m.getSurface().name(), m.getMovedAt());
        }
    }

    static DeviceJson of(StockDevice d, List<DeviceMovement> history) {
        return new DeviceJson(d.getType().name(), d.getSerial(), d.getVendor(),
                d instanceof SetTopBox b ? b.getModel() : null, d.getLot(), d.getWarehouse(), d.getState().name(),
                d.getLcoCode(), d.getStateChangedAt(), d.getCreatedAt(), d.getCreatedBy(),
                history == null ? null : history.stream().map(MovementJson::of).toList());
    }
}
