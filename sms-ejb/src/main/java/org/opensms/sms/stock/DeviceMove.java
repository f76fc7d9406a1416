package org.opensms.sms.stock;

/**
 * The operations that change a device's state, each with the state it leads to. Whether the device may make the
 * move is {@link DeviceState#canMoveTo}'s decision; {@link #BACK_FROM_REPAIR} also requires the device to be under
 * repair. Recorded in the movement history under these names.
 */
public enum DeviceMove {
    IMPORT(DeviceState.IN_STOCK),
    ALLOCATE(DeviceState.ALLOCATED),
    RETURN(DeviceState.IN_STOCK),
    MARK_FAULTY(DeviceState.FAULTY),
    SEND_FOR_REPAIR(DeviceState.UNDER_REPAIR),
    BACK_FROM_REPAIR(DeviceState.IN_STOCK),
    BLACKLIST(DeviceState.BLACKLISTED),
    /** For pairing: the device is installed and active at a subscriber. */
    INSTALL(DeviceState.INSTALLED),
    /** For pairing: the device is deactivated at the subscriber. */
    DEACTIVATE(DeviceState.DEACTIVATED);

    private final DeviceState target;

    DeviceMove(DeviceState target) {
        this.target = target;
    }

    public DeviceState target() {
        return target;
    }
}
