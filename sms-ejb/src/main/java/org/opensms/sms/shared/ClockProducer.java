package org.opensms.sms.shared;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The one source of the current time, so that tests can replace it with a fixed or moving clock. The system clock
 * in UTC; a {@link MovableClock} instead when the JVM runs with {@value #MOVABLE_PROPERTY}{@code =true} (what
 * {@code ./sms start --movable-clock} and the integration-test domain set), so that tests and trials can move
 * time forward through {@link ClockService}.
 */
@ApplicationScoped
public class ClockProducer {

    /** The JVM system property that makes the clock movable when it is {@code true}. */
    public static final String MOVABLE_PROPERTY = "sms.clock.movable";

    private static final Logger LOG = Logger.getLogger(ClockProducer.class.getName());

    private Clock clock;

    public ClockProducer() {
    }

    /** For use outside the container (unit tests). */
    ClockProducer(Clock clock) {
        this.clock = clock;
    }

    @PostConstruct
    void init() {
        clock = choose(System.getProperty(MOVABLE_PROPERTY));
        if (clock instanceof MovableClock) {
            LOG.warning("The clock is movable (" + MOVABLE_PROPERTY + "=true): administrators can move the application's"
                    + " time forward through PUT /api/clock. For tests and trials only.");
        }
    }

    /** A movable clock when the property is {@code true} (in any case), the system clock in UTC otherwise. */
    static Clock choose(String movableProperty) {
        return Boolean.parseBoolean(movableProperty) ? new MovableClock() : Clock.systemUTC();
    }

    @Produces
    @ApplicationScoped
    Clock clock() {
        return clock;
    }

    /** The movable clock when this server runs with one (the {@code Clock} injected elsewhere is a proxy of it). */
    public Optional<MovableClock> movable() {
        return clock instanceof MovableClock m ? Optional.of(m) : Optional.empty();
    }
}
