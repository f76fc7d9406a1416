package org.opensms.cas.adapter;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.resource.spi.work.Work;
import java.util.Collection;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * Long-running Work (Jakarta Connectors 2.1, section 11.3): runs until {@link #release()} is called, which the
 * server does when it shuts the work down and the adapter does on stop and endpoint deactivation. Subclasses
 * loop while {@link #running}, block only in calls with a timeout, and wait between attempts in
 * {@link #pauseBeforeRetry}, which release() cuts short.
 * <p>
 * release() never interrupts the worker thread: an interrupt that lands inside the broker client (a receive, an
 * XA end or commit, a close) can leave the client half closed while its connection stays alive, so that the
 * broker keeps a consumer nobody reads from and hands it messages. For the same reason whoever releases a work
 * when the adapter stops or an endpoint is deactivated waits for it to finish ({@link #releaseAll}): a worker
 * that closes its broker connection after the server has discarded the application's class loader cannot load
 * the client's classes, its consumer is never closed, and the broker keeps handing it messages (seen as commands
 * and events stuck after a redeployment).
 */
public abstract class ReleasableWork implements Work {

    private static final Logger LOG = Logger.getLogger(ReleasableWork.class.getName());

    protected volatile boolean running = true;
    private final Object pause = new Object();
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean started;

    @Override
    public final void run() {
        started = true;
        try {
            work();
        } finally {
            finished.countDown();
        }
    }

    /** The work itself: loops while {@link #running}. */
    protected abstract void work();

    /**
     * Releases the works and waits, up to {@code millis} in all, until those that started have finished (closed
     * their broker connections). Returns false if one did not finish in time.
     */
    public static boolean releaseAll(Collection<? extends ReleasableWork> works, long millis) {
        works.forEach(ReleasableWork::release);
        long deadline = System.nanoTime() + millis * 1_000_000L;
        boolean all = true;
        for (ReleasableWork w : works) {
            try {
                long left = Math.max(0, deadline - System.nanoTime());
                if (w.started && !w.finished.await(left, TimeUnit.NANOSECONDS)) {
                    LOG.warning(w + " did not finish within " + millis + " ms of its release");
                    all = false;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return all;
    }

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
