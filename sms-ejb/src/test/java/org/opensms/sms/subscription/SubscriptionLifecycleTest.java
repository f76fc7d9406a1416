package org.opensms.sms.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Renewal by whole periods without a gap, table-driven. */
class SubscriptionLifecycleTest {

    @ParameterizedTest(name = "end {0}, {1}-day validity, run on {2}: new end {3}")
    @CsvSource({
            "2026-11-30, 30, 2026-12-01, 2026-12-30",   // the day after the end: one period
            "2026-11-30, 30, 2026-12-30, 2026-12-30",   // late run: still one period reaches today
            "2026-11-30, 30, 2026-12-31, 2027-01-29",   // the server was down a month: two periods, no gap
            "2026-02-28, 1, 2026-03-01, 2026-03-01",
            "2028-02-28, 1, 2028-03-01, 2028-03-01"})    // a leap day is one more period
    void renewedEnd(LocalDate end, int validity, LocalDate today, LocalDate expected) {
        assertThat(SubscriptionLifecycle.renewedEnd(end, validity, today)).isEqualTo(expected);
    }
}
