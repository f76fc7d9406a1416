package org.opensms.sms.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The calendar business dates are kept in: India's (Asia/Kolkata). A subscription "until 31 December" lasts until
 * midnight in India at the end of that day; prices, tariff limits and NCF rules take effect at midnight in India.
 */
public final class BusinessCalendar {

    public static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

    private BusinessCalendar() {
    }

    /** Today in India by the clock. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), INDIA);
    }

    /** Midnight in India at the start of the day. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(INDIA).toInstant();
    }

    /** Midnight in India at the end of the day (the start of the next). */
    public static Instant endOf(LocalDate day) {
        return startOf(day.plusDays(1));
    }

    /** The day in India the instant falls on. */
    public static LocalDate dayOf(Instant t) {
        return LocalDate.ofInstant(t, INDIA);
    }
}
