package org.opensms.sms.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.opensms.sms.shared.StoredTime;
import org.opensms.sms.shared.Surface;

/**
 * One line of a device's movement history: append-only, written in the transaction that moved the device. Names
 * the device by type and serial/number (so the line outlives any change to the device row), both states, both
 * LCO codes, the operation and reason, who and from which surface, and when.
 */
@Entity
@Table(name = "device_movement")
public class DeviceMovement {

    public static final int MAX_REASON = 200;

    @Id
    @SequenceGenerator(name = "device_movement_seq", sequenceName = "device_movement_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "device_movement_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "device_type", nullable = false, length = 4, updatable = false)
    private DeviceType deviceType;

    @Column(name = "serial", nullable = false, length = 64, updatable = false)
    private String serial;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", length = 20, updatable = false)
    private DeviceState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 20, updatable = false)
    private DeviceState toState;

    @Column(name = "from_lco", length = 20, updatable = false)
    private String fromLco;

    @Column(name = "to_lco", length = 20, updatable = false)
    private String toLco;

    @Enumerated(EnumType.STRING)
    @Column(name = "operation", nullable = false, length = 20, updatable = false)
    private DeviceMove operation;

    @Column(name = "reason", length = MAX_REASON, updatable = false)
    private String reason;

    @Column(name = "moved_by", nullable = false, length = 64, updatable = false)
    private String movedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "surface", nullable = false, length = 10, updatable = false)
    private Surface surface;

    @Column(name = "moved_at", nullable = false, updatable = false)
    private OffsetDateTime movedAt;

    protected DeviceMovement() {
    }

    DeviceMovement(DeviceType deviceType, String serial, DeviceState fromState, DeviceState toState, String fromLco,
                   String toLco, DeviceMove operation, String reason, String movedBy, Surface surface, Instant movedAt) {
        this.deviceType = deviceType;
        this.serial = serial;
        this.fromState = fromState;
        this.toState = toState;
        this.fromLco = fromLco;
        this.toLco = toLco;
        this.operation = operation;
        this.reason = reason;
        this.movedBy = movedBy;
        this.surface = surface;
        this.movedAt = StoredTime.utc(movedAt);
    }

    public Long getId() {
        return id;
    }

    public DeviceType getDeviceType() {
        return deviceType;
    }

    public String getSerial() {
        return serial;
    }

    /** Null for the import that created the device. */
    public DeviceState getFromState() {
        return fromState;
    }

    public DeviceState getToState() {
        return toState;
    }

    public String getFromLco() {
        return fromLco;
    }

    public String getToLco() {
        return toLco;
    }

    public DeviceMove getOperation() {
        return operation;
    }

    public String getReason() {
        return reason;
    }

    public String getMovedBy() {
        return movedBy;
    }

    public Surface getSurface() {
        return surface;
    }

    public Instant getMovedAt() {
        return movedAt.toInstant();
    }
}
