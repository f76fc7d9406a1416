package org.opensms.sms.stock;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.opensms.sms.shared.InvalidInputException;

/**
 * Where a set-top box or smart card stands. The moves allowed between states are the one table in
 * {@link #ALLOWED}; every state change in the SMS goes through {@link #canMoveTo}. BLACKLISTED is terminal: a
 * blacklisted device is never redeployed.
 */
public enum DeviceState {
    /** In an MSO warehouse, owned by no LCO. */
    IN_STOCK,
    /** Handed to an LCO, not yet at a subscriber. */
    ALLOCATED,
    /** Installed and active at a subscriber (set by pairing). */
    INSTALLED,
    /** Was installed, now deactivated at the subscriber (set by pairing). */
    DEACTIVATED,
    /** Reported faulty; waits to be sent for repair, returned to the warehouse or blacklisted. */
    FAULTY,
    /** Returned to the vendor for repair. */
    UNDER_REPAIR,
    /** Never to be used again (stolen, cloned, beyond repair). Terminal. */
    BLACKLISTED;

    /** The allowed moves: from a state (key) to any of the states in its set. Nothing else is allowed. */
    public static final Map<DeviceState, Set<DeviceState>> ALLOWED;

    static {
        Map<DeviceState, Set<DeviceState>> m = new EnumMap<>(DeviceState.class);
        m.put(IN_STOCK, EnumSet.of(ALLOCATED, FAULTY, BLACKLISTED));
        m.put(ALLOCATED, EnumSet.of(IN_STOCK, INSTALLED, FAULTY, BLACKLISTED));
        m.put(INSTALLED, EnumSet.of(DEACTIVATED, FAULTY, BLACKLISTED));
        m.put(DEACTIVATED, EnumSet.of(INSTALLED, ALLOCATED, IN_STOCK, FAULTY, BLACKLISTED));
        m.put(FAULTY, EnumSet.of(UNDER_REPAIR, IN_STOCK, BLACKLISTED));
        m.put(UNDER_REPAIR, EnumSet.of(IN_STOCK, FAULTY, BLACKLISTED));
        m.put(BLACKLISTED, EnumSet.noneOf(DeviceState.class));
        m.replaceAll((k, v) -> Collections.unmodifiableSet(v));
        ALLOWED = Collections.unmodifiableMap(m);
    }

    public boolean canMoveTo(DeviceState target) {
        return ALLOWED.get(this).contains(target);
    }

    public boolean isTerminal() {
        return ALLOWED.get(this).isEmpty();
    }

    public static DeviceState parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("value", "must be one of "
                    + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")) + ", got '" + text + "'");
        }
    }
}
