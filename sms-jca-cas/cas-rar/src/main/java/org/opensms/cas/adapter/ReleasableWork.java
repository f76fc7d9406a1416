package org.opensms.cas.adapter;

import jakarta.resource.spi.work.Work;

/**
 * Long-running Work (Jakarta Connectors 2.1, section 11.3): runs until {@link #release()} is called, which the
 * server does when it shuts the work down and the adapter does on stop and endpoint deactivation. Subclasses
 * set {@link #thread} when {@code run()} starts and loop while {@link #running}.
 */
public abstract class ReleasableWork implements Work {

    protected volatile boolean running = true;
    protected volatile Thread thread;

    @Override
    public void release() {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
    }
}
