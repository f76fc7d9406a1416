package org.opensms.sms.subscription;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.opensms.sms.shared.Surface;

/**
 * The run's side of a subscription's life cycle (the people's side is {@link SubscriptionService}): due, renewed by
 * the run, expired by the run, each with its history line recorded by the system.
 */
public final class SubscriptionLifecycle {

    /** Who the run acts as, in history lines and the CAS journal. */
    public static final String SYSTEM = "system";

    private SubscriptionLifecycle() {
    }

    /** ACTIVE with its end date before today: the run must renew or expire it. */
    public static boolean isDue(Subscription s, LocalDate today) {
        return s.getStatus() == SubscriptionStatus.ACTIVE && s.getEndDate().isBefore(today);
    }

    /** The end after renewing by whole periods of {@code validityDays} until it reaches today (no gap, no overlap). */
    public static LocalDate renewedEnd(LocalDate end, int validityDays, LocalDate today) {
        LocalDate e = end;
        do {
            e = e.plusDays(validityDays);
        } while (e.isBefore(today));
        return e;
    }

    public static void renewByRun(Subscription s, int validityDays, LocalDate today, Instant at, Consumer<Object> store) {
        LocalDate old = s.getEndDate();
        s.changeEnd(renewedEnd(old, validityDays, today), at);
        store.accept(new SubscriptionEvent(s, SubscriptionEventKind.RENEWED, "auto-renewed from " + old + " to "
                + s.getEndDate(), at, SYSTEM, Surface.SYSTEM));
    }

    public static void expireByRun(Subscription s, Instant at, Consumer<Object> store) {
        s.expire(at);
        store.accept(new SubscriptionEvent(s, SubscriptionEventKind.EXPIRED, "ended " + s.getEndDate(), at, SYSTEM, Surface.SYSTEM));
    }
}
