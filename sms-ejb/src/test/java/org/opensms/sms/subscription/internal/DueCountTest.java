package org.opensms.sms.subscription.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opensms.sms.shared.MovableClock;
import org.opensms.sms.subscription.RenewalRunReport;

/** The count of due subscriptions that consoles poll: kept {@link SubscriptionRenewalJob#DUE_COUNT_KEPT}, per day. */
class DueCountTest {

    /** Counts the questions it is asked; the answer is whatever the test set last. */
    static final class CountingRepository extends SubscriptionRepository {
        final List<LocalDate> asked = new ArrayList<>();
        long answer;

        @Override
        public long countDue(LocalDate today) {
            asked.add(today);
            return answer;
        }
    }

    private final CountingRepository repository = new CountingRepository();
    private final MovableClock clock = new MovableClock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    private final SubscriptionRenewalJob job = new SubscriptionRenewalJob();
    private final LocalDate day = LocalDate.of(2026, 11, 27);

    DueCountTest() {
        job.repository = repository;
        job.clock = clock;
        clock.moveTo("test", Instant.parse("2026-11-27T04:00:00Z"));
    }

    @Test
    void aCountIsGivenAgainForTenSecondsThenTakenAnew() {
        repository.answer = 1_000_000;
        assertThat(job.countDue(day)).isEqualTo(1_000_000);
        repository.answer = 999_500;
        clock.advance("test", Duration.ofSeconds(10));
        assertThat(job.countDue(day)).as("within 10 s: the kept count").isEqualTo(1_000_000);
        assertThat(repository.asked).hasSize(1);
        clock.advance("test", Duration.ofMillis(1));
        assertThat(job.countDue(day)).as("after 10 s: counted again").isEqualTo(999_500);
        assertThat(repository.asked).hasSize(2);
    }

    @Test
    void anotherDayOrAClockMovedBackIsCountedAnew() {
        repository.answer = 7;
        assertThat(job.countDue(day)).isEqualTo(7);
        repository.answer = 3;
        assertThat(job.countDue(day.plusDays(1))).as("another day").isEqualTo(3);
        repository.answer = 5;
        assertThat(job.countDue(day)).as("back to the first day: counted again").isEqualTo(5);
        repository.answer = 9;
        job.clock = Clock.fixed(Instant.parse("2026-11-27T03:59:00Z"), ZoneOffset.UTC);   // the system clock set back
        assertThat(job.countDue(day)).as("clock moved back").isEqualTo(9);
        assertThat(repository.asked).containsExactly(day, day.plusDays(1), day, day);
    }

    @Test
    void duringARunTheCountAtItsStartLessWhatItExpiredOrRenewedIsGiven() {
        SubscriptionRenewalJob.DueCount atStart = new SubscriptionRenewalJob.DueCount(day, 1_000_000,
                Instant.parse("2026-11-27T04:00:00Z"));
        RenewalRunReport run = new RenewalRunReport(day, "admin", atStart.takenAt(), null, 400_000, 240_000, 159_000,
                500, null);
        assertThat(SubscriptionRenewalJob.dueDuringRun(atStart, run)).as("failed ones stay due").isEqualTo(601_000);
        RenewalRunReport overshoot = new RenewalRunReport(day, "admin", atStart.takenAt(), null, 1_000_100, 600_060,
                400_040, 0, null);
        assertThat(SubscriptionRenewalJob.dueDuringRun(atStart, overshoot)).as("more became due during the run").isZero();
    }
}
