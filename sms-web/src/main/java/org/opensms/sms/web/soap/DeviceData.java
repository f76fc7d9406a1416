package org.opensms.sms.web.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.opensms.sms.stock.DeviceMovement;
import org.opensms.sms.stock.SetTopBox;
import org.opensms.sms.stock.StockDevice;

/**
 * A set-top box or smart card in SOAP answers (type STB or CARD; serial is the STB serial or card number; lco the
 * code of the LCO it is allocated to; times as ISO-8601 instants). {@code movement}, the history oldest first, only
 * when one device is read (getDevice).
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Device", propOrder = {"type", "serial", "vendor", "model", "lot", "warehouse", "state", "lco",
        "stateChangedAt", "createdAt", "createdBy", "movement"})
public class DeviceData {
    public String type;
    public String serial;
    public String vendor;
    /** STBs only. */
    public String model;
    public String lot;
    public String warehouse;
    public String state;
    public String lco;
    public String stateChangedAt;
    public String createdAt;
    public String createdBy;
    @XmlElement(name = "movement")
    public List<Movement> movement = new ArrayList<>();

    /** One line of a device's movement history. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "DeviceMovement", propOrder = {"operation", "fromState", "toState", "fromLco", "toLco", "reason",
            "movedBy", "surface", "movedAt"})
    public static class Movement {
        public String operation;
        public String fromState;
        public String toState;
        public String fromLco;
        public String toLco;
        public String reason;
        public String movedBy;
        public String surface;
        public String movedAt;

        static Movement of(DeviceMovement m) {
            Movement d = new Movement();
            d.operation = m.getOperation().name();
            d.fromState = m.getFromState() == null ? null : m.getFromState().name();
            d.toState = m.getToState().name();
            d.fromLco = m.getFromLco();
            d.toLco = m.getToLco();
            d.reason = m.getReason();
            d.movedBy = m.getMovedBy();
            d.surface = m.getSurface().name();
            d.movedAt = text(m.getMovedAt());
            return d;
        }
    }

    static DeviceData of(StockDevice s, List<DeviceMovement> history) {
        DeviceData d = new DeviceData();
        d.type = s.getType().name();
        d.serial = s.getSerial();
        d.vendor = s.getVendor();
        d.model = s instanceof SetTopBox b ? b.getModel() : null;
        d.lot = s.getLot();
        d.warehouse = s.getWarehouse();
        d.state = s.getState().name();
        d.lco = s.getLcoCode();
        d.stateChangedAt = text(s.getStateChangedAt());
        d.createdAt = text(s.getCreatedAt());
        d.createdBy = s.getCreatedBy();
        if (history != null) {
            history.forEach(m -> d.movement.add(Movement.of(m)));
        }
        return d;
    }

    private static String text(Instant t) {
        return t == null ? null : t.toString();
    }
}
