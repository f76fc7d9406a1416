package org.opensms.cas.emulator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/** Counters of what the emulator has received and answered since start or the last reset. */
public final class Stats {

    final LongAdder commandsReceived = new LongAdder();
    final LongAdder accepted = new LongAdder();
    final LongAdder rejected = new LongAdder();
    final LongAdder duplicates = new LongAdder();
    final LongAdder faultRejections = new LongAdder();
    final LongAdder connectionsAccepted = new LongAdder();
    final LongAdder connectionsRefused = new LongAdder();
    final AtomicInteger connectionsActive = new AtomicInteger();
    final LongAdder loginFailures = new LongAdder();
    final LongAdder heartbeatsReceived = new LongAdder();
    final LongAdder framesReceived = new LongAdder();

    /** Command frames received (including malformed and duplicate ones). */
    public long commandsReceived() {
        return commandsReceived.sum();
    }

    /** Commands answered ACCEPTED for the first time. */
    public long accepted() {
        return accepted.sum();
    }

    /** Commands answered REJECTED for the first time (rule violations, malformed, injected faults). */
    public long rejected() {
        return rejected.sum();
    }

    /** Commands whose id had been processed before (answered with duplicate=true). */
    public long duplicates() {
        return duplicates.sum();
    }

    /** Rejections caused by an injected fault (also counted in rejected). */
    public long faultRejections() {
        return faultRejections.sum();
    }

    public long connectionsAccepted() {
        return connectionsAccepted.sum();
    }

    public long connectionsRefused() {
        return connectionsRefused.sum();
    }

    public int connectionsActive() {
        return connectionsActive.get();
    }

    public long loginFailures() {
        return loginFailures.sum();
    }

    public long heartbeatsReceived() {
        return heartbeatsReceived.sum();
    }

    public long framesReceived() {
        return framesReceived.sum();
    }

    void reset() {
        for (LongAdder a : new LongAdder[] {commandsReceived, accepted, rejected, duplicates, faultRejections,
                connectionsAccepted, connectionsRefused, loginFailures, heartbeatsReceived, framesReceived}) {
            a.reset();
        }
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("commandsReceived", commandsReceived());
        m.put("accepted", accepted());
        m.put("rejected", rejected());
        m.put("duplicates", duplicates());
        m.put("faultRejections", faultRejections());
        m.put("connectionsAccepted", connectionsAccepted());
        m.put("connectionsRefused", connectionsRefused());
        m.put("connectionsActive", connectionsActive());
        m.put("loginFailures", loginFailures());
        m.put("heartbeatsReceived", heartbeatsReceived());
        m.put("framesReceived", framesReceived());
        return m;
    }
}
