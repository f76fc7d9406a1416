package org.opensms.sms.shared;

/**
 * A request to move the clock forward, as given: exactly one of a number of days, a number of seconds, or the
 * instant to move to (ISO-8601, e.g. {@code 2026-12-01T00:00:00Z}). {@link ClockService#move} checks it.
 */
public record ClockMove(Long advanceDays, Long advanceSeconds, String now) {
}
