package org.opensms.cas.protocol;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The one response to a command. ref is the sequence number of the command frame it answers.
 * code is 0 when accepted; duplicate is true when the command id had already been processed, in which case
 * result, code and reason are those of the first processing and nothing was applied again.
 * card is set only in the ACK of an accepted {@link QueryCard}.
 */
public record CasAck(long ref, String commandId, Result result, int code, String reason, boolean duplicate,
                     CardState card) {

    /** Outcome of a command. */
    public enum Result { ACCEPTED, REJECTED }

    public CasAck {
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(result, "result");
        reason = reason == null ? "" : reason;
        if ((result == Result.ACCEPTED) != (code == 0)) {
            throw new IllegalArgumentException("code must be 0 exactly when the result is ACCEPTED, got "
                    + result + " with code " + code);
        }
    }

    public static CasAck accepted(long ref, String commandId) {
        return new CasAck(ref, commandId, Result.ACCEPTED, 0, "", false, null);
    }

    public static CasAck rejected(long ref, String commandId, int code, String reason) {
        return new CasAck(ref, commandId, Result.REJECTED, code, reason, false, null);
    }

    public static CasAck rejected(long ref, String commandId, CasErrorCode code, String reason) {
        return rejected(ref, commandId, code.code(), reason);
    }

    public boolean accepted() {
        return result == Result.ACCEPTED;
    }

    /** The named error code, or null if the code is not one this version knows. */
    public CasErrorCode errorCode() {
        return CasErrorCode.of(code);
    }

    public Message toMessage(long seq) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("ref", Long.toString(ref));
        f.put("commandId", commandId);
        f.put("result", result.name());
        f.put("code", Integer.toString(code));
        f.put("reason", reason);
        f.put("duplicate", Boolean.toString(duplicate));
        if (card != null) {
            card.writeFields(f);
        }
        return new Message(MessageType.ACK, seq, f);
    }

    public static CasAck fromMessage(Message m) {
        if (m.knownType() != MessageType.ACK) {
            throw new IllegalArgumentException("'" + m.type() + "' is not ACK");
        }
        FieldReader r = new FieldReader(m);
        return new CasAck(r.longValue("ref"), r.string("commandId"), r.enumValue("result", Result.class),
                r.integer("code"), r.string("reason"), r.bool("duplicate"), CardState.read(r));
    }
}
