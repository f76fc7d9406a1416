package org.opensms.sms.shared;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * How instants are stored: {@code TIMESTAMP WITH TIME ZONE} in UTC, to the microsecond (what PostgreSQL, H2 and
 * Oracle all keep), so that a value read back equals the one written.
 */
public final class StoredTime {

    private StoredTime() {
    }

    /** The instant as stored: UTC, truncated to microseconds. */
    public static OffsetDateTime utc(Instant t) {
        return t.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
