package org.opensms.cas.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * The outcome of an issued command, delivered to {@link CasEventListener}s through the adapter's inbound
 * side (Jakarta Connectors 2.1, chapter 13, message inflow). Each command produces exactly one final event
 * (ACCEPTED, REJECTED or FAILED), possibly delivered more than once after a crash: key on {@link #commandId}.
 *
 * @param commandId the command's id
 * @param kind      the command's kind
 * @param card      the card the command was about (card commands and messages to one card), else null
 * @param outcome   what happened
 * @param code      0 when accepted; the CAS error code when rejected (PROTOCOL.md section 7); the last
 *                  transient code, or -1, when failed
 * @param reason    readable explanation (empty when accepted)
 * @param attempts  how many times the adapter sent the command to the CAS
 * @param time      when the outcome was known
 * @param origin    who asked for the command, through which surface
 */
public record CasEvent(CommandId commandId, CommandKind kind, CardNumber card, Outcome outcome, int code,
                       String reason, int attempts, Instant time, Origin origin) implements Serializable {

    /** How a command ended. */
    public enum Outcome {
        /** The CAS applied the command (or had already applied it: a repeated id). */
        ACCEPTED,
        /** The CAS refused it by its rules or its form; sending it again would not help. */
        REJECTED,
        /** The adapter gave up: the CAS stayed unreachable or kept failing until the retries ran out. */
        FAILED
    }

    public CasEvent {
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(outcome, "outcome");
        reason = reason == null ? "" : reason;
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(origin, "origin");
    }
}
