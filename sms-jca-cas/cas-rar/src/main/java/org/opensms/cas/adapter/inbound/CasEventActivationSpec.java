package org.opensms.cas.adapter.inbound;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.ResourceAdapter;

/**
 * Activation of a {@link org.opensms.cas.api.CasEventListener} message-driven bean (Jakarta Connectors 2.1,
 * section 13.4.2.1). Every property is optional: empty values take the resource adapter's configuration.
 * Properties: {@code eventQueue}, {@code brokerUrl}, {@code brokerUser}, {@code brokerPassword},
 * {@code receiveTimeoutMillis} (default 1000), {@code maxBatch} (events per transacted delivery, default 200).
 */
public class CasEventActivationSpec implements ActivationSpec {

    private transient ResourceAdapter ra;
    private String eventQueue = "";
    private String brokerUrl = "";
    private String brokerUser = "";
    private String brokerPassword = "";
    private Integer receiveTimeoutMillis = 1000;
    private Integer maxBatch = 200;

    @Override
    public void validate() throws InvalidPropertyException {
        if (receiveTimeoutMillis == null || receiveTimeoutMillis < 1) {
            throw new InvalidPropertyException("receiveTimeoutMillis must be positive");
        }
        if (maxBatch == null || maxBatch < 1 || maxBatch > 10_000) {
            throw new InvalidPropertyException("maxBatch must be 1 to 10000, got " + maxBatch);
        }
    }

    @Override
    public ResourceAdapter getResourceAdapter() {
        return ra;
    }

    @Override
    public void setResourceAdapter(ResourceAdapter ra) throws ResourceException {
        this.ra = ra;
    }

    public String getEventQueue() {
        return eventQueue;
    }

    public void setEventQueue(String eventQueue) {
        this.eventQueue = eventQueue == null ? "" : eventQueue.trim();
    }

    public String getBrokerUrl() {
        return brokerUrl;
    }

    public void setBrokerUrl(String brokerUrl) {
        this.brokerUrl = brokerUrl == null ? "" : brokerUrl.trim();
    }

    public String getBrokerUser() {
        return brokerUser;
    }

    public void setBrokerUser(String brokerUser) {
        this.brokerUser = brokerUser == null ? "" : brokerUser.trim();
    }

    public String getBrokerPassword() {
        return brokerPassword;
    }

    public void setBrokerPassword(String brokerPassword) {
        this.brokerPassword = brokerPassword == null ? "" : brokerPassword;
    }

    public Integer getMaxBatch() {
        return maxBatch;
    }

    public void setMaxBatch(Integer maxBatch) {
        this.maxBatch = maxBatch;
    }

    public Integer getReceiveTimeoutMillis() {
        return receiveTimeoutMillis;
    }

    public void setReceiveTimeoutMillis(Integer receiveTimeoutMillis) {
        this.receiveTimeoutMillis = receiveTimeoutMillis;
    }
}
