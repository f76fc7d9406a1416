package org.opensms.cas.adapter;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.resource.spi.work.Work;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * Long-running Work (Jakarta Connectors 2.1, section 11.3): runs until {@link #release()} is called, which the
 * server does when it shuts the work down and the adapter does on stop and endpoint deactivation. Subclasses
 * loop while {@link #running}, block only in calls with a timeout, and wait between attempts in
 * {@link #pauseBeforeRetry}, which release() cuts short.
 * <p>
 * release() never interrupts the worker thread: an interrupt that lands inside the broker client (a receive, an
 * XA end or commit, a close) can leave the client half closed while its connection stays alive, so that the
 * broker keeps a consumer nobody reads from and hands it messages (seen as events stuck after a redeployment).
 */
public abstract class ReleasableWork implements Work {

    protected volatile boolean running = true;
    private final Object pause = new Object();

    @Override
    public void release() {
        running = false;
        synchronized (pause) {
            pause.notifyAll();
        }
    }

    /** Closes a broker connection and its factory after a session ended or failed; errors do not matter then. */
    protected static void closeQuietly(Connection connection, ActiveMQConnectionFactory factory) {
        if (connection != null) {
            try {
                connection.close();
            } catch (JMSException ignored) {
                // reconnecting anyway
            }
        }
        factory.close();
    }

    /**
     * Waits before the next attempt while running (release() ends the wait); returns the following delay
     * (doubled, at most {@code max}).
     */
    protected long pauseBeforeRetry(long delay, long max) throws InterruptedException {
        long until = System.nanoTime() + delay * 1_000_000L;
        synchronized (pause) {
            for (long left = delay; running && left > 0; left = (until - System.nanoTime()) / 1_000_000L) {
                pause.wait(left);
            }
        }
        return Math.min(delay * 2, max);
    }
}
