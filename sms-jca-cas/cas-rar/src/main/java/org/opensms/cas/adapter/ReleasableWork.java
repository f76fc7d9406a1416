package org.opensms.cas.adapter;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.resource.spi.work.Work;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

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

    /** Waits before the next attempt while running; returns the following delay (doubled, at most {@code max}). */
    protected long pauseBeforeRetry(long delay, long max) throws InterruptedException {
        if (running) {
            Thread.sleep(delay);
        }
        return Math.min(delay * 2, max);
    }
}
