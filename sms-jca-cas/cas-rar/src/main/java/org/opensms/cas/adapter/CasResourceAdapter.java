package org.opensms.cas.adapter;

import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.ResourceAdapterInternalException;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.resource.spi.work.WorkException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.transaction.xa.XAResource;
import org.opensms.cas.adapter.dispatch.Dispatcher;
import org.opensms.cas.adapter.inbound.CasEventActivationSpec;
import org.opensms.cas.adapter.inbound.EventInflow;

/**
 * The CAS resource adapter (Jakarta Connectors 2.1, section 5.3: the ResourceAdapter JavaBean). Its
 * properties ({@link CasConfig}, declared in ra.xml) configure the default dispatcher and the defaults of
 * event activations.
 *
 * <p>{@link #start} never touches the network: it schedules the dispatcher as Work (chapter 11), which
 * connects to the broker and the CAS in the background and keeps retrying while they are unreachable. Each
 * managed connection factory associated with the adapter also gets a dispatcher for its command queue
 * (several CAS instances = several connection factories with their own queues). Inbound: activations of
 * {@link org.opensms.cas.api.CasEventListener} endpoints (chapter 13) consume the event queue.
 */
public class CasResourceAdapter extends CasConfig implements jakarta.resource.spi.ResourceAdapter {

    private static final Logger LOG = Logger.getLogger(CasResourceAdapter.class.getName());

    private volatile BootstrapContext bootstrapContext;
    /** How long stop() and endpoint deactivation wait for workers to close their broker connections. */
    static final long STOP_WAIT_MILLIS = 10_000;

    private final Map<String, Dispatcher> dispatchers = new ConcurrentHashMap<>();
    private final Map<MessageEndpointFactory, EventInflow> inflows = new ConcurrentHashMap<>();
    private final List<AutoCloseable> closeOnStop = new CopyOnWriteArrayList<>();
    private final List<CasSettings> configuredBeforeStart = new CopyOnWriteArrayList<>();

    @Override
    public void start(BootstrapContext ctx) throws ResourceAdapterInternalException {
        this.bootstrapContext = ctx;
        CasSettings s = settings();
        if (s.dispatcherEnabled()) {
            ensureDispatcher(s);
        }
        // connection factories the server associated before starting the adapter
        configuredBeforeStart.forEach(this::connectionFactoryConfigured);
        configuredBeforeStart.clear();
        LOG.info("CAS resource adapter started (" + s + ")");
    }

    @Override
    public void stop() {
        // wait for the workers to close their broker connections while the application's classes can still load
        List<ReleasableWork> works = new ArrayList<>(inflows.values());
        works.addAll(dispatchers.values());
        inflows.clear();
        dispatchers.clear();
        ReleasableWork.releaseAll(works, STOP_WAIT_MILLIS);
        for (AutoCloseable c : closeOnStop) {
            try {
                c.close();
            } catch (Exception e) {
                LOG.log(Level.FINE, "closing " + c, e);
            }
        }
        closeOnStop.clear();
        bootstrapContext = null;
        LOG.info("CAS resource adapter stopped");
    }

    /** True between start and stop; the server's view of the adapter's life cycle. */
    public boolean isStarted() {
        return bootstrapContext != null;
    }

    /** A managed connection factory with these settings was associated with the adapter. */
    public void connectionFactoryConfigured(CasSettings s) {
        if (!s.dispatcherEnabled()) {
            return;
        }
        if (isStarted()) {
            ensureDispatcher(s);
        } else {
            configuredBeforeStart.add(s);
        }
    }

    /** Registers something to close when the adapter stops. */
    public void closeOnStop(AutoCloseable c) {
        closeOnStop.add(c);
    }

    /** The dispatcher for a command queue, if one runs. */
    public Dispatcher dispatcher(String brokerUrl, String commandQueue) {
        return dispatchers.get(brokerUrl + "|" + commandQueue);
    }

    private void ensureDispatcher(CasSettings s) {
        BootstrapContext ctx = bootstrapContext;
        if (ctx == null) {
            return;
        }
        dispatchers.computeIfAbsent(s.dispatcherKey(), k -> {
            Dispatcher d = new Dispatcher(s, ctx.getWorkManager());
            try {
                d.start();
            } catch (WorkException e) {
                LOG.log(Level.SEVERE, "cannot schedule the CAS dispatcher for " + s.commandQueue(), e);
            }
            return d;
        });
        Dispatcher existing = dispatchers.get(s.dispatcherKey());
        if (existing != null && !existing.settings().equals(s)) {
            LOG.warning("A CAS dispatcher for " + s.commandQueue() + " already runs with other settings ("
                    + existing.settings() + "); ignoring " + s);
        }
    }

    @Override
    public void endpointActivation(MessageEndpointFactory factory, ActivationSpec spec) throws ResourceException {
        if (!(spec instanceof CasEventActivationSpec a)) {
            throw new NotSupportedException("unsupported activation spec " + spec);
        }
        BootstrapContext ctx = bootstrapContext;
        if (ctx == null) {
            throw new ResourceAdapterInternalException("CAS resource adapter not started");
        }
        CasSettings s = settings();
        boolean ownBroker = !a.getBrokerUrl().isEmpty();
        EventInflow inflow = new EventInflow(factory, ownBroker ? a.getBrokerUrl() : s.brokerUrl(),
                ownBroker || !a.getBrokerUser().isEmpty() ? a.getBrokerUser() : s.brokerUser(),
                ownBroker || !a.getBrokerUser().isEmpty() ? a.getBrokerPassword() : s.brokerPassword(),
                a.getEventQueue().isEmpty() ? s.eventQueue() : a.getEventQueue(), a.getReceiveTimeoutMillis(),
                a.getMaxBatch(), s.retryInitialDelayMillis(), s.retryMaxDelayMillis());
        EventInflow previous = inflows.put(factory, inflow);
        if (previous != null) {
            ReleasableWork.releaseAll(List.of(previous), STOP_WAIT_MILLIS);   // activated again with the same factory: the old delivery must not run on
        }
        ctx.getWorkManager().scheduleWork(inflow);
    }

    @Override
    public void endpointDeactivation(MessageEndpointFactory factory, ActivationSpec spec) {
        EventInflow inflow = inflows.remove(factory);
        if (inflow != null) {
            ReleasableWork.releaseAll(List.of(inflow), STOP_WAIT_MILLIS);
        }
    }

    /**
     * Section 7.16 (crash recovery) would want the XAResources of the activations; the broker's in-doubt
     * branches are recovered through the outbound connections' XAResource, which is the same broker.
     */
    @Override
    public XAResource[] getXAResources(ActivationSpec[] specs) {
        return new XAResource[0];
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
