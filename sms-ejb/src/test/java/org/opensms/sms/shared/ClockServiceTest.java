package org.opensms.sms.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.SessionContext;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The service's reading of a move request, outside the container (roles are the container's, tested in ClockIT). */
class ClockServiceTest {

    private static final Instant T0 = Instant.parse("2026-11-25T06:30:00Z");

    private static ClockService service(Clock clock) {
        ClockService s = new ClockService();
        s.clocks = new ClockProducer(clock);
        s.clock = clock;
        s.session = (SessionContext) Proxy.newProxyInstance(ClockServiceTest.class.getClassLoader(),
                new Class<?>[] {SessionContext.class}, (p, m, a) -> {
                    if (m.getName().equals("getCallerPrincipal")) {
                        return (Principal) () -> "tester";
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
        return s;
    }

    private static MovableClock movable() {
        return new MovableClock(Clock.fixed(T0, ZoneOffset.UTC));
    }

    @Test
    void movesByDaysSecondsOrToAnInstant() {
        ClockService s = service(movable());
        assertThat(s.current()).isEqualTo(new ClockState(T0, Duration.ZERO, true));
        assertThat(s.move(new ClockMove(1L, null, null))).isEqualTo(new ClockState(T0.plus(Duration.ofDays(1)), Duration.ofDays(1), true));
        assertThat(s.move(new ClockMove(null, 5L, null)).now()).isEqualTo(T0.plus(Duration.ofDays(1)).plusSeconds(5));
        ClockState to = s.move(new ClockMove(null, null, " 2027-01-01T05:30:00+05:30 "));
        assertThat(to.now()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(s.current()).isEqualTo(to);
    }

    @Test
    void badRequestsNameTheirFields() {
        ClockService s = service(movable());
        assertFields(() -> s.move(new ClockMove(null, null, null)), "body");
        assertFields(() -> s.move(new ClockMove(1L, 2L, null)), "advanceDays", "advanceSeconds");
        assertFields(() -> s.move(new ClockMove(-1L, null, null)), "advanceDays");
        assertFields(() -> s.move(new ClockMove(Long.MIN_VALUE, null, null)), "advanceDays");
        assertFields(() -> s.move(new ClockMove(Long.MAX_VALUE, null, null)), "advanceDays");
        assertFields(() -> s.move(new ClockMove(null, -5L, null)), "advanceSeconds");
        assertFields(() -> s.move(new ClockMove(null, Long.MAX_VALUE, null)), "advanceSeconds");
        assertFields(() -> s.move(new ClockMove(null, null, "tomorrow")), "now");
        assertFields(() -> s.move(new ClockMove(null, null, T0.minusSeconds(1).toString())), "now");
        assertThat(s.current().offset()).isEqualTo(Duration.ZERO);
    }

    @Test
    void theSystemClockIsNotMovable() {
        ClockService s = service(Clock.fixed(T0, ZoneOffset.UTC));
        assertThat(s.current()).isEqualTo(new ClockState(T0, Duration.ZERO, false));
        assertThatThrownBy(() -> s.move(new ClockMove(1L, null, null)))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT);
                    assertThat(e.getMessage()).contains("./sms start --movable-clock");
                });
    }

    private static void assertFields(Runnable call, String... fields) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly(fields));
    }
}
