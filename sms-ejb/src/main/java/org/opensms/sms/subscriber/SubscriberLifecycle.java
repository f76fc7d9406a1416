package org.opensms.sms.subscriber;

import static org.opensms.sms.subscriber.SubscriberStatus.ACTIVE;
import static org.opensms.sms.subscriber.SubscriberStatus.DEACTIVATED;
import static org.opensms.sms.subscriber.SubscriberStatus.REGISTERED;
import static org.opensms.sms.subscriber.SubscriberStatus.SUSPENDED;

import java.util.EnumMap;
import java.util.Map;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.ErrorCode;

/**
 * The subscriber life cycle, as one table: which operation moves a subscriber from which status to which.
 *
 * <pre>
 * operation   from                  to
 * activate    REGISTERED            ACTIVE       (only once the CAF number and date are recorded)
 * suspend     ACTIVE                SUSPENDED    (temporary)
 * resume      SUSPENDED             ACTIVE       ("reactivated")
 * deactivate  ACTIVE, SUSPENDED     DEACTIVATED  (permanent, with a reason)
 * </pre>
 *
 * Everything else is refused with {@link ErrorCode#CONFLICT}. DEACTIVATED is terminal: the record is kept for
 * history and reports but no operation or change applies to it any more. "Reactivation" in DOMAIN.md is the resume
 * of a suspended subscriber; a household that comes back after a permanent deactivation is registered again (a new
 * customer ID; its devices, once back in stock, can be paired again: that, and the LCO's charge for it, belongs to
 * devices and billing, not to this record).
 */
public final class SubscriberLifecycle {

    /** The operations that change a subscriber's status. */
    public enum Operation {
        ACTIVATE("activate"), SUSPEND("suspend"), RESUME("resume"), DEACTIVATE("deactivate");

        private final String verb;

        Operation(String verb) {
            this.verb = verb;
        }

        public String verb() {
            return verb;
        }
    }

    private static final Map<SubscriberStatus, Map<Operation, SubscriberStatus>> TABLE = new EnumMap<>(SubscriberStatus.class);

    static {
        allow(REGISTERED, Operation.ACTIVATE, ACTIVE);
        allow(ACTIVE, Operation.SUSPEND, SUSPENDED);
        allow(SUSPENDED, Operation.RESUME, ACTIVE);
        allow(ACTIVE, Operation.DEACTIVATE, DEACTIVATED);
        allow(SUSPENDED, Operation.DEACTIVATE, DEACTIVATED);
    }

    private SubscriberLifecycle() {
    }

    private static void allow(SubscriberStatus from, Operation op, SubscriberStatus to) {
        TABLE.computeIfAbsent(from, f -> new EnumMap<>(Operation.class)).put(op, to);
    }

    /** The status an operation leads to from {@code from}, or null when the table does not allow it. */
    public static SubscriberStatus targetOrNull(SubscriberStatus from, Operation op) {
        return TABLE.getOrDefault(from, Map.of()).get(op);
    }

    /** The status the operation leads to; refuses (CONFLICT, naming the subscriber and both statuses) what the table does not allow. */
    public static SubscriberStatus target(CustomerId customerId, SubscriberStatus from, Operation op) {
        SubscriberStatus to = targetOrNull(from, op);
        if (to == null) {
            throw new BusinessException(ErrorCode.CONFLICT, "subscriber " + customerId + " is " + from + ": cannot "
                    + op.verb() + " it (requested status " + requested(op) + ")"
                    + (from == DEACTIVATED ? "; deactivation is permanent" : ""));
        }
        return to;
    }

    /** The status an operation asks for, whatever the current status. */
    public static SubscriberStatus requested(Operation op) {
        return switch (op) {
            case ACTIVATE, RESUME -> ACTIVE;
            case SUSPEND -> SUSPENDED;
            case DEACTIVATE -> DEACTIVATED;
        };
    }

    /** Whether the record may still be changed (every status but DEACTIVATED). */
    public static boolean editable(SubscriberStatus status) {
        return status != DEACTIVATED;
    }
}
