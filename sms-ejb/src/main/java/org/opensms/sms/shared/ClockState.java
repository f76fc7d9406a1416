package org.opensms.sms.shared;

import java.time.Duration;
import java.time.Instant;

/** The application's current time, how far ahead of the system time it is, and whether it can be moved. */
public record ClockState(Instant now, Duration offset, boolean movable) {
}
