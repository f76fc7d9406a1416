package org.opensms.cas.api;

import java.io.Serializable;

/**
 * Who asked for a command and through which surface (e.g. {@code "operator:alice"} via {@code "console"},
 * {@code "billing"} via {@code "soap"}, {@code "scheduler"} via {@code "timer"}). It travels with the command
 * and comes back in the {@link CasEvent}, for the command journal and the audit trail.
 *
 * @param requestedBy principal or system that requested the command, 1-128 characters
 * @param surface     channel through which it was requested, 1-64 characters
 */
public record Origin(String requestedBy, String surface) implements Serializable {

    /** @throws IllegalArgumentException when a value is empty, too long or holds control characters */
    public Origin {
        Checks.text("requestedBy", requestedBy, 1, 128);
        Checks.text("surface", surface, 1, 64);
        if (requestedBy.chars().anyMatch(c -> c == '\n' || c == '\r')
                || surface.chars().anyMatch(c -> c == '\n' || c == '\r')) {
            throw new IllegalArgumentException("origin must be a single line");
        }
    }

    /** Same as the constructor. */
    public static Origin of(String requestedBy, String surface) {
        return new Origin(requestedBy, surface);
    }
}
