package org.opensms.cas.adapter.dispatch;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import org.opensms.cas.adapter.ReleasableWork;
import jakarta.resource.spi.work.WorkException;
import jakarta.resource.spi.work.WorkManager;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.opensms.cas.adapter.CasSettings;
import org.opensms.cas.adapter.driver.CasDriver;

/**
 * Drains one command queue into one CAS (ARCHITECTURE.md "The CAS path", step 3). A supervisor
 * {@link jakarta.resource.spi.work.Work} connects to the broker (retrying with back-off while it is unreachable) and
 * runs the queue's one consumer, a {@link Lane}, as a Work of its own on the adapter's WorkManager (Jakarta
 * Connectors 2.1, chapter 11). One consumer takes the messages in commit order, which keeps the order per card
 * without message groups; the lane sends to the CAS in parallel across cards. If the broker connection fails, the
 * lane stops, unacknowledged commands go back to the queue, and the supervisor reconnects.
 */
public final class Dispatcher extends ReleasableWork {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());

    private final CasSettings settings;
    private final WorkManager workManager;
    private final DispatchStats stats = new DispatchStats();
    private CasDriver driver;
    /** What the supervisor waits on while its lane runs. */
    private volatile Object watched;

    public Dispatcher(CasSettings settings, WorkManager workManager) {
        this.settings = settings;
        this.workManager = workManager;
    }

    /**
     * Stops the dispatcher: the supervisor, waiting on its lane, wakes at once (not at its next half-second check), so
     * the lane stops and another server's lane can take the queue over without that delay.
     */
    @Override
    public void release() {
        super.release();
        Object w = watched;
        if (w != null) {
            synchronized (w) {
                w.notifyAll();
            }
        }
    }

    public CasSettings settings() {
        return settings;
    }

    public DispatchStats stats() {
        return stats;
    }

    /** Schedules the supervisor on the WorkManager; never blocks on the broker or the CAS. */
    public void start() throws WorkException {
        workManager.scheduleWork(this);
    }

    @Override
    protected void work() {
        long delay = settings.retryInitialDelayMillis();
        boolean warned = false;
        try {
            driver = CasDriver.create(settings);
            while (running) {
                ActiveMQConnectionFactory cf = new ActiveMQConnectionFactory(settings.brokerUrl());
                cf.setBlockOnDurableSend(false);
                cf.setReconnectAttempts(0);
                Connection connection = null;
                Lane lane = null;
                try {
                    connection = cf.createConnection(settings.brokerUserOrNull(), settings.brokerPasswordOrNull());
                    Object failed = new Object();
                    watched = failed;
                    boolean[] broken = {false};
                    connection.setExceptionListener(e -> {
                        LOG.log(Level.WARNING, "Dispatcher for " + settings.commandQueue() + ": broker connection failed: "
                                + e.getMessage());
                        synchronized (failed) {
                            broken[0] = true;
                            failed.notifyAll();
                        }
                    });
                    connection.start();
                    ExclusiveQueue.ensure(connection, settings.commandQueue(), LOG);
                    lane = new Lane(settings, connection, driver, stats);
                    workManager.scheduleWork(lane);
                    LOG.info("CAS dispatcher running: " + settings + ", up to " + settings.maxInFlight()
                            + " commands in flight");
                    delay = settings.retryInitialDelayMillis();
                    warned = false;
                    synchronized (failed) {
                        while (running && !broken[0] && lane.isAlive()) {
                            failed.wait(500);
                        }
                    }
                } catch (JMSException | WorkException | RuntimeException e) {
                    if (!warned) {
                        LOG.log(Level.WARNING, "CAS dispatcher for " + settings.commandQueue() + " cannot run yet ("
                                + e.getMessage() + "); retrying in the background");
                        warned = true;
                    } else {
                        LOG.log(Level.FINE, "dispatcher connect failed", e);
                    }
                } finally {
                    if (lane != null) {
                        lane.stop();
                        lane.awaitStopped(5, TimeUnit.SECONDS);
                    }
                    closeQuietly(connection, cf);
                }
                delay = pauseBeforeRetry(delay, settings.retryMaxDelayMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "CAS dispatcher for " + settings.commandQueue() + " stopped", e);
        } finally {
            if (driver != null) {
                driver.close();
            }
        }
    }
}
