package org.opensms.cas.adapter;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.ResourceAdapterInternalException;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.util.logging.Logger;
import javax.transaction.xa.XAResource;

/**
 * The CAS resource adapter (Jakarta Connectors 2.1, section 5.3: the ResourceAdapter JavaBean).
 * Life cycle only for now: the server starts it when the EAR deploys and stops it on undeploy.
 * Outbound command connections and the inbound result path are added with the CAS issue.
 */
public class CasResourceAdapter implements jakarta.resource.spi.ResourceAdapter {

    private static final Logger LOG = Logger.getLogger(CasResourceAdapter.class.getName());

    private volatile BootstrapContext bootstrapContext;

    @Override
    public void start(BootstrapContext ctx) throws ResourceAdapterInternalException {
        this.bootstrapContext = ctx;
        LOG.info("CAS resource adapter started");
    }

    @Override
    public void stop() {
        bootstrapContext = null;
        LOG.info("CAS resource adapter stopped");
    }

    /** True between start and stop; the server's view of the adapter's life cycle. */
    public boolean isStarted() {
        return bootstrapContext != null;
    }

    @Override
    public void endpointActivation(MessageEndpointFactory factory, ActivationSpec spec) throws ResourceException {
        throw new jakarta.resource.NotSupportedException("The CAS adapter has no inbound endpoints yet");
    }

    @Override
    public void endpointDeactivation(MessageEndpointFactory factory, ActivationSpec spec) {
        // nothing was activated
    }

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
