package org.opensms.sms.pairing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.ErrorCode;
import org.opensms.sms.shared.FieldError;
import org.opensms.sms.stock.DeviceState;
import org.opensms.sms.stock.DeviceType;
import org.opensms.sms.subscriber.SubscriberStatus;

/**
 * The rules of pairing, as pure functions of what the service read (so that each rule is tested alone):
 * <ul>
 * <li>the subscriber is not DEACTIVATED and has an LCO (stock belongs to LCOs; a subscriber without one gets no
 * devices until its LCO is set);</li>
 * <li>no FAULTY, UNDER_REPAIR or BLACKLISTED device;</li>
 * <li>one card per STB and one STB per card: neither device is in a current pair;</li>
 * <li>each device is ALLOCATED to the subscriber's LCO, or DEACTIVATED there (back from an earlier pair);</li>
 * <li>each device belongs to the subscriber's LCO.</li>
 * </ul>
 * Every refusal is a CONFLICT naming the device (or subscriber), its state and the rule; the problems of both devices
 * are reported together, each under its field ({@code stb}, {@code card}).
 */
public final class PairingRules {

    /** States a device can never be paired from. */
    static final Set<DeviceState> NEVER = EnumSet.of(DeviceState.FAULTY, DeviceState.UNDER_REPAIR, DeviceState.BLACKLISTED);
    /** States a device is paired from. */
    static final Set<DeviceState> PAIRABLE = EnumSet.of(DeviceState.ALLOCATED, DeviceState.DEACTIVATED);

    private PairingRules() {
    }

    /** What the rules need to know of the subscriber. */
    public record SubscriberFacts(String customerId, SubscriberStatus status, Long lcoId, String lcoCode) {
    }

    /**
     * What the rules need to know of a device: its stock state and LCO, and the current pair it is in (customer ID
     * and partner device), if any.
     */
    public record DeviceFacts(DeviceType type, String serial, DeviceState state, Long lcoId, String lcoCode,
                              String pairedAt, String pairedWith) {

        static DeviceFacts unpaired(DeviceType type, String serial, DeviceState state, Long lcoId, String lcoCode) {
            return new DeviceFacts(type, serial, state, lcoId, lcoCode, null, null);
        }

        String name() {
            return type.label() + " " + serial;
        }
    }

    /** Refuses (CONFLICT) when the subscriber may not get devices at all. */
    public static void checkSubscriber(SubscriberFacts s) {
        if (s.status() == SubscriberStatus.DEACTIVATED) {
            throw new BusinessException(ErrorCode.CONFLICT, "subscriber " + s.customerId() + " is DEACTIVATED: a"
                    + " permanently deactivated subscriber gets no devices (register the household again)",
                    List.of(new FieldError("customerId", "is DEACTIVATED")));
        }
        if (s.lcoId() == null) {
            throw new BusinessException(ErrorCode.CONFLICT, "subscriber " + s.customerId() + " has no LCO: devices are"
                    + " paired only from stock allocated to the subscriber's LCO; set the subscriber's LCO first",
                    List.of(new FieldError("customerId", "has no LCO")));
        }
    }

    /** The first rule the device breaks for this subscriber, or null when it may be paired there. */
    public static String problem(SubscriberFacts s, DeviceFacts d) {
        if (d.state() == DeviceState.BLACKLISTED) {
            return d.name() + " is BLACKLISTED: a blacklisted device can never be paired or redeployed";
        }
        if (NEVER.contains(d.state())) {
            return d.name() + " is " + d.state() + ": a faulty or under-repair device is never paired";
        }
        if (d.pairedAt() != null) {
            String partner = d.type() == DeviceType.STB ? "smart card " : "set-top box ";
            return d.name() + " is already paired with " + partner + d.pairedWith() + " at subscriber " + d.pairedAt()
                    + ": one card per STB and one STB per card; unpair it first";
        }
        if (!PAIRABLE.contains(d.state())) {
            return d.name() + " is " + d.state() + ": only a device ALLOCATED to the subscriber's LCO (or DEACTIVATED"
                    + " there after an earlier pair) can be paired" + (d.state() == DeviceState.IN_STOCK
                    ? "; allocate it to LCO " + s.lcoCode() + " first" : "");
        }
        if (!Objects.equals(d.lcoId(), s.lcoId())) {
            return d.name() + " is " + d.state() + " at " + (d.lcoCode() == null ? "no LCO" : "LCO " + d.lcoCode())
                    + " but subscriber " + s.customerId() + " belongs to LCO " + s.lcoCode()
                    + ": a device is paired only at a subscriber of its own LCO";
        }
        return null;
    }

    /** Refuses (CONFLICT) unless the subscriber may get this STB and card; names every problem of both devices. */
    public static void checkPair(SubscriberFacts s, DeviceFacts stb, DeviceFacts card) {
        checkSubscriber(s);
        List<FieldError> problems = new ArrayList<>();
        String p = problem(s, stb);
        if (p != null) {
            problems.add(new FieldError("stb", p));
        }
        p = problem(s, card);
        if (p != null) {
            problems.add(new FieldError("card", p));
        }
        throwIfAny(problems);
    }

    /** Refuses (CONFLICT) unless the device may replace a faulty one at the subscriber. */
    public static void checkReplacement(SubscriberFacts s, DeviceFacts newDevice) {
        checkSubscriber(s);
        String p = problem(s, newDevice);
        if (p != null) {
            throwIfAny(List.of(new FieldError("new", p)));
        }
    }

    static void throwIfAny(List<FieldError> problems) {
        if (problems.isEmpty()) {
            return;
        }
        String message = problems.size() == 1 ? problems.get(0).message()
                : "cannot pair: " + problems.stream().map(FieldError::message).collect(Collectors.joining("; "));
        throw new BusinessException(ErrorCode.CONFLICT, message, problems);
    }
}
