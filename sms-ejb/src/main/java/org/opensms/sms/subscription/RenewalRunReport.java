package org.opensms.sms.subscription;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The last (or current) expiry and renewal run: as of which day, who asked (or "schedule"), when it started and
 * finished (null while running), how many subscriptions were due, expired, renewed and failed (a failed chunk is
 * rolled back whole and taken again by the next run).
 */
public record RenewalRunReport(LocalDate asOf, String requestedBy, Instant startedAt, Instant finishedAt, long due,
                               long expired, long renewed, long failed, String lastError) {

    public boolean running() {
        return finishedAt == null;
    }
}
