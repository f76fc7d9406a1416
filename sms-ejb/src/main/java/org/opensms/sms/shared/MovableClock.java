package org.opensms.sms.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock in UTC that runs with the system clock plus an offset, for tests and trials ("move the clock past the
 * end date and see the entitlement expire"). The offset starts at zero and only grows: time may move forward,
 * never back, so that nothing the application stored is ever later than its clock. At most {@link #MAX_OFFSET}
 * ahead of the system time. Safe for concurrent use: reads see the latest offset, moves are serialized.
 * The offset lives in memory: a restart of the server brings the clock back to the system time.
 */
public final class MovableClock extends Clock {

    /** How far ahead of the system time the clock may be: 100 years of 365 days. */
    public static final Duration MAX_OFFSET = Duration.ofDays(36_500);

    private final Clock base;
    private volatile Duration offset = Duration.ZERO;

    /** Runs with the system clock. */
    public MovableClock() {
        this(Clock.systemUTC());
    }

    /** Runs with {@code base}'s instants (its zone is ignored: this clock is in UTC). */
    public MovableClock(Clock base) {
        this.base = base;
    }

    /** How far ahead of the system time this clock is; never negative. */
    public Duration offset() {
        return offset;
    }

    /**
     * Moves the clock forward by {@code by} and returns the new current instant. A negative amount, or one that
     * would put the clock more than {@link #MAX_OFFSET} ahead, is refused with an error on {@code field}.
     */
    public synchronized Instant advance(String field, Duration by) {
        if (by.isNegative()) {
            throw new InvalidInputException(field, "must not be negative: the clock only moves forward");
        }
        if (by.compareTo(MAX_OFFSET.minus(offset)) > 0) {
            throw tooFar(field);
        }
        offset = offset.plus(by);
        return instant();
    }

    /**
     * Back to the system time (offset zero): the one move backwards, for a test that must leave a shared server as it
     * found it. Records written while the clock was ahead keep their times.
     */
    public synchronized Instant reset() {
        offset = Duration.ZERO;
        return base.instant();
    }

    /**
     * Moves the clock forward to {@code target} and returns the new current instant. A target before the clock's
     * current instant, or more than {@link #MAX_OFFSET} ahead of the system time, is refused with an error on
     * {@code field}.
     */
    public synchronized Instant moveTo(String field, Instant target) {
        Instant systemNow = base.instant();
        Duration wanted = Duration.between(systemNow, target);
        if (wanted.compareTo(offset) < 0) {
            throw new InvalidInputException(field, "is before the clock's current time " + systemNow.plus(offset)
                    + ": the clock only moves forward");
        }
        if (wanted.compareTo(MAX_OFFSET) > 0) {
            throw tooFar(field);
        }
        offset = wanted;
        return target;
    }

    private static InvalidInputException tooFar(String field) {
        return new InvalidInputException(field, "would put the clock more than " + MAX_OFFSET.toDays()
                + " days ahead of the system time");
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset);
    }

    @Override
    public long millis() {
        return instant().toEpochMilli();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** UTC gives this clock; another zone a view of it in that zone, moving with it. */
    @Override
    public Clock withZone(ZoneId zone) {
        return ZoneOffset.UTC.equals(zone) ? this : new InZone(this, zone);
    }

    @Override
    public String toString() {
        return "MovableClock[offset=" + offset + "]";
    }

    private static final class InZone extends Clock {

        private final MovableClock clock;
        private final ZoneId zone;

        InZone(MovableClock clock, ZoneId zone) {
            this.clock = clock;
            this.zone = zone;
        }

        @Override
        public Instant instant() {
            return clock.instant();
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId z) {
            return clock.withZone(z);
        }
    }
}
