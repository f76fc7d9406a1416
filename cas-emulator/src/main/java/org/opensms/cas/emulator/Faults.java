package org.opensms.cas.emulator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.opensms.cas.protocol.CasErrorCode;

/**
 * Fault switches that make the emulator misbehave on purpose. All switches are off after {@link #clear()}.
 * Dropping every connection at once is an action, not a switch: see {@link CasEmulator#dropAllConnections()}.
 */
public final class Faults {

    /** A rejection to answer instead of processing a command. */
    public record Rejection(int code, String reason) {
    }

    private volatile boolean refuseConnections;
    private volatile boolean ignoreHeartbeats;
    private volatile long ackDelayMillis;
    private final AtomicLong dropAfterFrames = new AtomicLong();
    private final AtomicLong rejectNext = new AtomicLong();
    private volatile int rejectPercent;
    private volatile int rejectCode = CasErrorCode.CAS_BUSY.code();
    private volatile String rejectReason = "injected fault";

    /** New connections are accepted and closed at once, before any byte is exchanged. */
    public Faults refuseConnections(boolean on) {
        refuseConnections = on;
        return this;
    }

    /** The connection that receives the n-th frame from now (any frame, any connection) is closed right after
     * that frame was processed, before its response is sent. One-shot; 0 disarms. */
    public Faults dropAfterFrames(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("dropAfterFrames must be >= 0, got " + n);
        }
        dropAfterFrames.set(n);
        return this;
    }

    /** Every ACK is sent this many milliseconds after the command was processed; 0 = no delay. */
    public Faults delayAcks(long millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("ack delay must be >= 0, got " + millis);
        }
        ackDelayMillis = millis;
        return this;
    }

    /** The next n commands are rejected with the code and reason, without being processed or recorded. */
    public Faults rejectNext(long n, int code, String reason) {
        if (n < 0) {
            throw new IllegalArgumentException("rejectNext must be >= 0, got " + n);
        }
        setRejection(code, reason);
        rejectNext.set(n);
        return this;
    }

    /** Each command is rejected with this probability (0-100 percent), like {@link #rejectNext}. */
    public Faults rejectPercent(int percent, int code, String reason) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("rejectPercent must be 0-100, got " + percent);
        }
        setRejection(code, reason);
        rejectPercent = percent;
        return this;
    }

    /** HEARTBEATs from clients are not answered and the server sends none. */
    public Faults ignoreHeartbeats(boolean on) {
        ignoreHeartbeats = on;
        return this;
    }

    /** Turns every fault off. */
    public Faults clear() {
        refuseConnections = false;
        ignoreHeartbeats = false;
        ackDelayMillis = 0;
        dropAfterFrames.set(0);
        rejectNext.set(0);
        rejectPercent = 0;
        rejectCode = CasErrorCode.CAS_BUSY.code();
        rejectReason = "injected fault";
        return this;
    }

    public boolean refuseConnections() {
        return refuseConnections;
    }

    public boolean ignoreHeartbeats() {
        return ignoreHeartbeats;
    }

    public long ackDelayMillis() {
        return ackDelayMillis;
    }

    /** Counts one received frame; true if the connection that received it must now be dropped. */
    boolean countFrameAndCheckDrop() {
        while (true) {
            long left = dropAfterFrames.get();
            if (left <= 0) {
                return false;
            }
            if (dropAfterFrames.compareAndSet(left, left - 1)) {
                return left == 1;
            }
        }
    }

    /** The rejection to answer for the next command, or null to process it normally. */
    Rejection nextRejection() {
        while (true) {
            long left = rejectNext.get();
            if (left <= 0) {
                break;
            }
            if (rejectNext.compareAndSet(left, left - 1)) {
                return new Rejection(rejectCode, rejectReason);
            }
        }
        int pct = rejectPercent;
        if (pct > 0 && ThreadLocalRandom.current().nextInt(100) < pct) {
            return new Rejection(rejectCode, rejectReason);
        }
        return null;
    }

    private void setRejection(int code, String reason) {
        if (code <= 0) {
            throw new IllegalArgumentException("reject code must be > 0, got " + code);
        }
        rejectCode = code;
        rejectReason = reason == null || reason.isEmpty() ? "injected fault" : reason;
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("refuseConnections", refuseConnections);
        m.put("dropAfterFrames", dropAfterFrames.get());
        m.put("ackDelayMs", ackDelayMillis);
        m.put("rejectNext", rejectNext.get());
        m.put("rejectPercent", rejectPercent);
        m.put("rejectCode", rejectCode);
        m.put("rejectReason", rejectReason);
        m.put("ignoreHeartbeats", ignoreHeartbeats);
        return m;
    }
}
