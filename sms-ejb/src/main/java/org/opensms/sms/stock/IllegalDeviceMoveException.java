package org.opensms.sms.stock;

import jakarta.ejb.ApplicationException;
import java.util.stream.Collectors;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.ErrorCode;

/** A device cannot make the requested move from its current state (CONFLICT). Names the device and both states. */
@ApplicationException(rollback = true)
public class IllegalDeviceMoveException extends BusinessException {

    public IllegalDeviceMoveException(DeviceType type, String id, DeviceState current, DeviceMove move, String why) {
        super(ErrorCode.CONFLICT, type.label() + " " + id + " is " + current + " and cannot move to " + move.target()
                + " (" + move.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + "): " + why);
    }

    static String allowedFrom(DeviceState current) {
        return current.isTerminal() ? current + " is terminal, the device can never be redeployed"
                : "from " + current + " a device may only move to "
                + DeviceState.ALLOWED.get(current).stream().map(Enum::name).collect(Collectors.joining(", "));
    }
}
