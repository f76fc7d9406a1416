package org.opensms.sms.catalog;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.ErrorCode;

/**
 * A value that holds from a day on until the next one of its list: prices, tariff limits. What holds on a day is the
 * entry with the latest {@code effectiveFrom} on or before it ({@link #on}). Entries in force (from today or earlier)
 * are history and never change; a future entry may be replaced by another for the same day ({@link #schedule}).
 */
public interface EffectiveDated {

    LocalDate getEffectiveFrom();

    /** The entry in force on the day, if any. */
    static <T extends EffectiveDated> Optional<T> on(List<T> entries, LocalDate day) {
        return entries.stream().filter(e -> !e.getEffectiveFrom().isAfter(day))
                .max(Comparator.comparing(EffectiveDated::getEffectiveFrom));
    }

    /**
     * Adds the entry to the list: its day must be today or later (what was in force is never rewritten); an entry
     * already scheduled for the same future day is replaced.
     */
    static <T extends EffectiveDated> void schedule(List<T> entries, T entry, LocalDate today, String what) {
        LocalDate from = entry.getEffectiveFrom();
        if (from.isBefore(today)) {
            throw new BusinessException(ErrorCode.CONFLICT, what + " cannot take effect on " + from
                    + ", in the past: prices in force are history; give today (" + today + ") or a later day");
        }
        boolean inForce = entries.stream().anyMatch(e -> e.getEffectiveFrom().equals(from) && !from.isAfter(today));
        if (inForce) {
            throw new BusinessException(ErrorCode.CONFLICT, what + " from " + from
                    + " is already in force and cannot be changed; give a later day");
        }
        entries.removeIf(e -> e.getEffectiveFrom().equals(from));
        entries.add(entry);
        entries.sort(Comparator.comparing(EffectiveDated::getEffectiveFrom));
    }
}
