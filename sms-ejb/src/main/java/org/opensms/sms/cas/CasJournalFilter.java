package org.opensms.sms.cas;

import org.opensms.sms.shared.BusinessCalendar;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.opensms.cas.api.CommandKind;
import org.opensms.sms.shared.InputCheck;
import org.opensms.sms.shared.InvalidInputException;
import org.opensms.sms.subscriber.CustomerId;

/**
 * What a CAS journal list is narrowed to; null means any. Card and subscriber (customer ID) match exactly;
 * the state is the command's latest: PENDING until the CAS answers, then ACCEPTED, REJECTED or FAILED. Dates
 * are calendar days in India (IST), both included.
 */
public record CasJournalFilter(String card, String subscriber, CommandKind kind, CasCommandState state, LocalDate from,
                               LocalDate to) implements Serializable {

    /** The business time zone: journal dates are days in India. */
    public static final CasJournalFilter ALL = new CasJournalFilter(null, null, null, null, null, null);

    public static CasJournalFilter card(String card) {
        return new CasJournalFilter(card, null, null, null, null, null);
    }

    /** Reads filters given as text by any surface; blank means no filter. Errors name the field; several are reported together. */
    public static CasJournalFilter parse(InputCheck check, String card, String subscriber, String kind, String state,
                                         String from, String to) {
        CasJournalFilter f = new CasJournalFilter(
                check.optional("card", card, 32),
                check.optional("subscriber", subscriber, CustomerId.MAX_LENGTH),
                check.convert("kind", check.optional("kind", kind, 32), t -> oneOf(CommandKind.class, t)),
                check.convert("state", check.optional("state", state, 10), t -> oneOf(CasCommandState.class, t)),
                check.convert("from", check.optional("from", from, 10), CasJournalFilter::date),
                check.convert("to", check.optional("to", to, 10), CasJournalFilter::date));
        if (f.from != null && f.to != null && f.to.isBefore(f.from)) {
            check.add("to", "must not be before from (" + f.from + "), got " + f.to);
        }
        return f;
    }

    /** The first instant included, or null. */
    public Instant fromInstant() {
        return from == null ? null : BusinessCalendar.startOf(from);
    }

    /** The first instant after the range, or null. */
    public Instant toInstantExclusive() {
        return to == null ? null : BusinessCalendar.endOf(to);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("value", "must be a date as YYYY-MM-DD, got '" + text + "'");
        }
    }

    private static <E extends Enum<E>> E oneOf(Class<E> type, String text) {
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("value", "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")) + ", got '" + text + "'");
        }
    }
}
