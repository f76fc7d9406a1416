package org.opensms.sms.shared;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.opensms.sms.security.Roles;

/**
 * The application's clock as MSO staff see it, and moving it forward (administrators, and only on a server started
 * with the movable clock: {@code ./sms start --movable-clock}, JVM option {@code -Dsms.clock.movable=true}). Every
 * move is logged at INFO with who moved it. Touches no database.
 */
@Stateless
@DeclareRoles({Roles.MSO_ADMIN, Roles.MSO_OPERATOR, Roles.LCO})
@RolesAllowed({Roles.MSO_ADMIN, Roles.MSO_OPERATOR})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ClockService {

    static final String NOT_MOVABLE = "The clock is not movable on this server: start it with the movable clock"
            + " ('./sms start --movable-clock', which sets the JVM option -D" + ClockProducer.MOVABLE_PROPERTY
            + "=true) to move time forward";

    private static final Logger LOG = Logger.getLogger(ClockService.class.getName());

    @Inject
    ClockProducer clocks;
    @Inject
    Clock clock;
    @Resource
    SessionContext session;

    /** The current time, the offset ahead of the system time (zero unless moved) and whether it can be moved. */
    public ClockState current() {
        Optional<MovableClock> movable = clocks.movable();
        return movable.map(m -> new ClockState(m.instant(), m.offset(), true))
                .orElseGet(() -> new ClockState(clock.instant(), Duration.ZERO, false));
    }

    /**
     * Moves the clock forward by days or seconds, or to an instant: exactly one of them. A clock that is not movable
     * is a CONFLICT; a move backwards, a negative amount, a bad instant or a move more than
     * {@link MovableClock#MAX_OFFSET} ahead of the system time is INVALID_INPUT naming the field.
     */
    /** Back to the system time (tests leaving a shared server as they found it); CONFLICT when not movable. */
    @RolesAllowed(Roles.MSO_ADMIN)
    public ClockState reset() {
        MovableClock movable = clocks.movable().orElseThrow(() -> new BusinessException(ErrorCode.CONFLICT, NOT_MOVABLE));
        Duration before = movable.offset();
        Instant now = movable.reset();
        LOG.info(() -> "Clock set back to the system time by " + session.getCallerPrincipal().getName() + " (was "
                + ahead(before) + " ahead)");
        return new ClockState(now, Duration.ZERO, true);
    }

    @RolesAllowed(Roles.MSO_ADMIN)
    public ClockState move(ClockMove move) {
        MovableClock movable = clocks.movable().orElseThrow(() -> new BusinessException(ErrorCode.CONFLICT, NOT_MOVABLE));
        Map<String, Object> given = new LinkedHashMap<>();
        if (move.advanceDays() != null) {
            given.put("advanceDays", move.advanceDays());
        }
        if (move.advanceSeconds() != null) {
            given.put("advanceSeconds", move.advanceSeconds());
        }
        if (move.now() != null) {
            given.put("now", move.now().strip());
        }
        if (given.isEmpty()) {
            throw new InvalidInputException("body", "must give one of advanceDays, advanceSeconds or now");
        }
        if (given.size() > 1) {
            throw new InvalidInputException(given.keySet().stream()
                    .map(f -> new FieldError(f, "give only one of advanceDays, advanceSeconds or now")).toList());
        }
        Duration before = movable.offset();
        String field = given.keySet().iterator().next();
        Instant now = switch (field) {
            case "advanceDays" -> movable.advance(field, days(move.advanceDays()));
            case "advanceSeconds" -> movable.advance(field, Duration.ofSeconds(move.advanceSeconds()));
            default -> movable.moveTo(field, instant((String) given.get(field)));
        };
        Duration after = movable.offset();
        LOG.info(() -> "Clock moved forward by " + session.getCallerPrincipal().getName() + " (" + field + " "
                + given.get(field) + "): now " + now + ", " + ahead(after) + " ahead of the system time (was "
                + ahead(before) + ")");
        return new ClockState(now, after, true);
    }

    /** Days as a duration; an amount beyond any allowed offset keeps its sign, so the clock refuses it by name. */
    private static Duration days(long days) {
        long limit = MovableClock.MAX_OFFSET.toDays() + 1;
        return Duration.ofDays(Math.max(-limit, Math.min(days, limit)));
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("now", "must be an ISO-8601 instant such as 2026-12-01T00:00:00Z");
        }
    }

    /** An offset for the log: "1 d 00:00:05". */
    private static String ahead(Duration offset) {
        return String.format("%d d %02d:%02d:%02d", offset.toDays(), offset.toHoursPart(), offset.toMinutesPart(),
                offset.toSecondsPart());
    }
}
