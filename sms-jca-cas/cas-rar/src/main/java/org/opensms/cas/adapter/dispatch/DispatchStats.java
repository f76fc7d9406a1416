package org.opensms.cas.adapter.dispatch;

import java.util.concurrent.atomic.AtomicLong;

/** Counters of a dispatcher, for logs, tests and monitoring. */
public final class DispatchStats {

    final AtomicLong received = new AtomicLong();
    final AtomicLong accepted = new AtomicLong();
    final AtomicLong rejected = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    final AtomicLong retries = new AtomicLong();
    final AtomicLong poison = new AtomicLong();

    public long received() {
        return received.get();
    }

    public long accepted() {
        return accepted.get();
    }

    public long rejected() {
        return rejected.get();
    }

    public long failed() {
        return failed.get();
    }

    public long retries() {
        return retries.get();
    }

    /** Messages that were not readable commands (moved to the failed queue). */
    public long poison() {
        return poison.get();
    }

    /** Commands with a final outcome. */
    public long completed() {
        return accepted() + rejected() + failed();
    }

    @Override
    public String toString() {
        return "received " + received + ", accepted " + accepted + ", rejected " + rejected + ", failed " + failed
                + ", retries " + retries + ", unreadable " + poison;
    }
}
