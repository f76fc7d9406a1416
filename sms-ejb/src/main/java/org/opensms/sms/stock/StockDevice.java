package org.opensms.sms.stock;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.opensms.sms.lco.Lco;
import org.opensms.sms.shared.StoredTime;
import org.opensms.sms.shared.Surface;

/**
 * What set-top boxes and smart cards share: the identifier, the shipment they came in (vendor, lot, warehouse),
 * their {@link DeviceState} and the LCO they are allocated to. A device is born IN_STOCK by an import and changes
 * state only through {@link #move}, which applies the one transition table and says what moved for the history.
 */
@MappedSuperclass
public abstract class StockDevice {

    public static final int MAX_VENDOR = 60;
    public static final int MAX_LOT = 40;
    public static final int MAX_WAREHOUSE = 60;

    /** Serial of a set-top box, number of a smart card. */
    @Column(name = "serial", nullable = false, unique = true, length = 64, updatable = false)
    private String serial;

    @Column(name = "vendor", nullable = false, length = MAX_VENDOR)
    private String vendor;

    @Column(name = "lot", nullable = false, length = MAX_LOT)
    private String lot;

    @Column(name = "warehouse", nullable = false, length = MAX_WAREHOUSE)
    private String warehouse;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private DeviceState state;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "lco_id")
    private Lco lco;

    @Column(name = "cas_vendor", length = MAX_VENDOR)
    private String casVendor;

    @Column(name = "state_changed_at", nullable = false)
    private OffsetDateTime stateChangedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;
    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "created_via", nullable = false, length = 10, updatable = false)
    private Surface createdVia;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected StockDevice() {
    }

    protected StockDevice(String serial, String vendor, String lot, String warehouse, Instant at, String by, Surface via) {
        this.serial = serial;
        this.vendor = vendor;
        this.lot = lot;
        this.warehouse = warehouse;
        this.state = DeviceState.IN_STOCK;
        this.stateChangedAt = StoredTime.utc(at);
        this.createdAt = StoredTime.utc(at);
        this.createdBy = by;
        this.createdVia = via;
    }

    public abstract DeviceType getType();

    public abstract Long getId();

    /** The history line of the import that created this device. */
    DeviceMovement imported(String reason) {
        return new DeviceMovement(getType(), serial, null, DeviceState.IN_STOCK, null, null, DeviceMove.IMPORT, reason,
                createdBy, createdVia, createdAt.toInstant());
    }

    /**
     * Makes the move, or refuses it with an {@link IllegalDeviceMoveException} naming the device, its state and the
     * requested one. ALLOCATE sets the LCO (which must be given); RETURN, SEND_FOR_REPAIR and BACK_FROM_REPAIR take
     * the device back from its LCO; other moves keep it. Returns the history line to append.
     */
    DeviceMovement move(DeviceMove move, Lco toLco, String reason, Instant at, String by, Surface via) {
        DeviceState from = state;
        if (!from.canMoveTo(move.target())) {
            throw new IllegalDeviceMoveException(getType(), serial, from, move, IllegalDeviceMoveException.allowedFrom(from));
        }
        if (move == DeviceMove.BACK_FROM_REPAIR && from != DeviceState.UNDER_REPAIR) {
            throw new IllegalDeviceMoveException(getType(), serial, from, move, "only a device under repair comes back from repair");
        }
        Lco fromLco = lco;
        switch (move) {
            case ALLOCATE -> {
                if (toLco == null) {
                    throw new IllegalArgumentException("ALLOCATE needs an LCO");
                }
                lco = toLco;
            }
            case RETURN, SEND_FOR_REPAIR, BACK_FROM_REPAIR -> lco = null;
            default -> {
            }
        }
        state = move.target();
        stateChangedAt = StoredTime.utc(at);
        return new DeviceMovement(getType(), serial, from, state, fromLco == null ? null : fromLco.getCode(),
                lco == null ? null : lco.getCode(), move, reason, by, via, at);
    }

    /** The serial (set-top box) or number (smart card). */
    public String getSerial() {
        return serial;
    }

    public String getVendor() {
        return vendor;
    }

    public String getLot() {
        return lot;
    }

    public String getWarehouse() {
        return warehouse;
    }

    public DeviceState getState() {
        return state;
    }

    public Lco getLco() {
        return lco;
    }

    /** The LCO's code, or null when the device belongs to no LCO. */
    public String getLcoCode() {
        return lco == null ? null : lco.getCode();
    }

    public String getCasVendor() {
        return casVendor;
    }

    public void setCasVendor(String casVendor) {
        this.casVendor = casVendor;
    }

    public Instant getStateChangedAt() {
        return stateChangedAt.toInstant();
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant();
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Surface getCreatedVia() {
        return createdVia;
    }
}
