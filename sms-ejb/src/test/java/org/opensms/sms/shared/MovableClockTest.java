package org.opensms.sms.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MovableClockTest {

    private static final Instant T0 = Instant.parse("2026-11-25T06:30:00Z");

    /** A base clock the test moves by hand, standing for the system clock. */
    private static final class BaseClock extends Clock {
        volatile Instant now = T0;

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void runsWithTheSystemClockUntilMovedAndIsInUtc() {
        BaseClock base = new BaseClock();
        MovableClock clock = new MovableClock(base);
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
        assertThat(clock.offset()).isEqualTo(Duration.ZERO);
        assertThat(clock.instant()).isEqualTo(T0);
        base.now = T0.plusSeconds(7);
        assertThat(clock.instant()).isEqualTo(T0.plusSeconds(7));
        assertThat(clock.millis()).isEqualTo(T0.plusSeconds(7).toEpochMilli());

        Instant real = Instant.now();
        assertThat(new MovableClock().instant()).isBetween(real.minusSeconds(5), real.plusSeconds(5));
    }

    @Test
    void advanceMovesForwardAndKeepsRunning() {
        BaseClock base = new BaseClock();
        MovableClock clock = new MovableClock(base);
        assertThat(clock.advance("advanceDays", Duration.ofDays(1))).isEqualTo(T0.plus(Duration.ofDays(1)));
        assertThat(clock.advance("advanceSeconds", Duration.ofSeconds(5))).isEqualTo(T0.plus(Duration.ofDays(1)).plusSeconds(5));
        assertThat(clock.offset()).isEqualTo(Duration.ofDays(1).plusSeconds(5));
        base.now = T0.plusSeconds(60);
        assertThat(clock.instant()).isEqualTo(T0.plusSeconds(60).plus(Duration.ofDays(1)).plusSeconds(5));
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2026, 11, 26));
        // zero is allowed and changes nothing
        assertThat(clock.advance("advanceSeconds", Duration.ZERO)).isEqualTo(clock.instant());
        assertThat(clock.offset()).isEqualTo(Duration.ofDays(1).plusSeconds(5));
    }

    @Test
    void moveToSetsTheInstantAndTheClockRunsOnFromThere() {
        BaseClock base = new BaseClock();
        MovableClock clock = new MovableClock(base);
        Instant target = Instant.parse("2027-01-01T00:00:00Z");
        assertThat(clock.moveTo("now", target)).isEqualTo(target);
        assertThat(clock.instant()).isEqualTo(target);
        assertThat(clock.offset()).isEqualTo(Duration.between(T0, target));
        base.now = T0.plusSeconds(3);
        assertThat(clock.instant()).isEqualTo(target.plusSeconds(3));
        // to the current instant: allowed, nothing changes
        assertThat(clock.moveTo("now", clock.instant())).isEqualTo(target.plusSeconds(3));
        assertThat(clock.offset()).isEqualTo(Duration.between(T0, target));
    }

    @Test
    void timeNeverMovesBackAndTheRefusalNamesTheField() {
        BaseClock base = new BaseClock();
        MovableClock clock = new MovableClock(base);
        clock.advance("advanceDays", Duration.ofDays(2));

        assertThatThrownBy(() -> clock.advance("advanceDays", Duration.ofDays(-1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
                    assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("advanceDays");
                    assertThat(e.getMessage()).contains("only moves forward");
                });
        // before the moved clock's time, even though after the system time
        assertThatThrownBy(() -> clock.moveTo("now", T0.plus(Duration.ofDays(1))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("now");
                    assertThat(e.getMessage()).contains("is before the clock's current time " + T0.plus(Duration.ofDays(2)));
                });
        assertThatThrownBy(() -> new MovableClock(base).moveTo("now", T0.minusSeconds(1)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(clock.offset()).isEqualTo(Duration.ofDays(2));
        assertThat(clock.instant()).isEqualTo(T0.plus(Duration.ofDays(2)));
    }

    @Test
    void atMostAHundredYearsAhead() {
        BaseClock base = new BaseClock();
        MovableClock clock = new MovableClock(base);
        clock.advance("advanceDays", Duration.ofDays(36_000));
        assertThatThrownBy(() -> clock.advance("advanceDays", Duration.ofDays(501)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("advanceDays"));
        assertThatThrownBy(() -> clock.moveTo("now", T0.plus(MovableClock.MAX_OFFSET).plusSeconds(1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage()).contains("36500 days"));
        assertThat(clock.advance("advanceDays", Duration.ofDays(500))).isEqualTo(T0.plus(MovableClock.MAX_OFFSET));
    }

    @Test
    void anotherZoneIsAViewThatMovesWithTheClock() {
        BaseClock base = new BaseClock();
        MovableClock clock = new MovableClock(base);
        assertThat(clock.withZone(ZoneOffset.UTC)).isSameAs(clock);
        Clock india = clock.withZone(ZoneId.of("Asia/Kolkata"));
        assertThat(india.getZone()).isEqualTo(ZoneId.of("Asia/Kolkata"));
        clock.advance("advanceSeconds", Duration.ofHours(20));
        assertThat(india.instant()).isEqualTo(clock.instant());
        assertThat(LocalDate.now(india)).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(india.withZone(ZoneOffset.UTC)).isSameAs(clock);
    }

    @Test
    void concurrentMovesAddUpAndReadersNeverSeeTimeGoBack() throws Exception {
        BaseClock base = new BaseClock();
        MovableClock clock = new MovableClock(base);
        int threads = 8;
        int moves = 1000;
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                work.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < moves; i++) {
                        clock.advance("advanceSeconds", Duration.ofSeconds(1));
                    }
                    return null;
                }));
            }
            Future<Boolean> reader = pool.submit(() -> {
                start.await();
                Instant last = clock.instant();
                for (int i = 0; i < 100_000; i++) {
                    Instant now = clock.instant();
                    if (now.isBefore(last)) {
                        return false;
                    }
                    last = now;
                }
                return true;
            });
            start.countDown();
            for (Future<?> f : work) {
                f.get(30, TimeUnit.SECONDS);
            }
            assertThat(reader.get(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            pool.shutdownNow();
        }
        assertThat(clock.offset()).isEqualTo(Duration.ofSeconds((long) threads * moves));
    }

    @Test
    void theProducerChoosesTheMovableClockOnlyWhenAskedTo() {
        assertThat(ClockProducer.choose("true")).isInstanceOf(MovableClock.class);
        assertThat(ClockProducer.choose(null)).isNotInstanceOf(MovableClock.class).isEqualTo(Clock.systemUTC());
        assertThat(ClockProducer.choose("false")).isEqualTo(Clock.systemUTC());
        assertThat(ClockProducer.choose("yes")).isEqualTo(Clock.systemUTC());
        assertThat(new ClockProducer(Clock.systemUTC()).movable()).isEmpty();
        MovableClock movable = new MovableClock();
        assertThat(new ClockProducer(movable).movable()).containsSame(movable);
    }
}
