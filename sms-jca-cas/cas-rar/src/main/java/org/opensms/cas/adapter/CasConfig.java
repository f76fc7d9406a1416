package org.opensms.cas.adapter;

/**
 * The configuration properties shared by the resource adapter JavaBean and the managed connection factory
 * (Jakarta Connectors 2.1, section 5.3.1 and 6.5.3.1: JavaBean properties, declared in ra.xml). Setters take
 * wrapper types because ra.xml declares {@code java.lang.Integer} etc.; a null leaves the default.
 *
 * <table>
 * <caption>Properties</caption>
 * <tr><th>name</th><th>default</th><th>meaning</th></tr>
 * <tr><td>brokerUrl</td><td></td><td>Artemis core URL, e.g. tcp://10.0.0.5:61616 or (tests) vm://0; when empty, tcp://brokerHost:brokerPort</td></tr>
 * <tr><td>brokerHost</td><td>127.0.0.1</td><td>broker host, used when brokerUrl is empty</td></tr>
 * <tr><td>brokerPort</td><td>61616</td><td>broker port, used when brokerUrl is empty</td></tr>
 * <tr><td>brokerUser</td><td></td><td>broker user (empty: none)</td></tr>
 * <tr><td>brokerPassword</td><td></td><td>broker password</td></tr>
 * <tr><td>commandQueue</td><td>sms.cas.commands</td><td>durable queue of issued commands</td></tr>
 * <tr><td>failedQueue</td><td>sms.cas.commands.failed</td><td>queue receiving commands that were rejected or whose retries ran out</td></tr>
 * <tr><td>eventQueue</td><td>sms.cas.events</td><td>durable queue of command outcomes (CasEvent)</td></tr>
 * <tr><td>casHost</td><td>127.0.0.1</td><td>CAS host</td></tr>
 * <tr><td>casPort</td><td>7400</td><td>CAS port</td></tr>
 * <tr><td>casUser</td><td>sms</td><td>CAS login user</td></tr>
 * <tr><td>casPassword</td><td></td><td>CAS login password</td></tr>
 * <tr><td>casClientName</td><td>opensms</td><td>client name given to the CAS at login, for its logs</td></tr>
 * <tr><td>driverClassName</td><td>org.opensms.cas.adapter.driver.ReferenceCasDriver</td><td>CasDriver implementation (public no-argument constructor)</td></tr>
 * <tr><td>dispatcherEnabled</td><td>true</td><td>whether this configuration runs a dispatcher for its command queue</td></tr>
 * <tr><td>maxInFlight</td><td>1000</td><td>commands the dispatcher has at the CAS or waiting for an earlier command of their card, at most (the queue's one consumer keeps the order of commits; this window is the parallelism across cards)</td></tr>
 * <tr><td>retryInitialDelayMillis</td><td>500</td><td>first retry delay after a transient failure; doubles each attempt</td></tr>
 * <tr><td>retryMaxDelayMillis</td><td>30000</td><td>longest retry delay</td></tr>
 * <tr><td>maxAttempts</td><td>200</td><td>attempts before a command is reported FAILED (0: retry forever)</td></tr>
 * <tr><td>casTimeoutMillis</td><td>10000</td><td>connect/login timeout and synchronous query timeout</td></tr>
 * </table>
 */
public abstract class CasConfig {

    private String brokerUrl = "";
    private String brokerHost = "127.0.0.1";
    private Integer brokerPort = 61616;
    private String brokerUser = "";
    private String brokerPassword = "";
    private String commandQueue = "sms.cas.commands";
    private String failedQueue = "sms.cas.commands.failed";
    private String eventQueue = "sms.cas.events";
    private String casHost = "127.0.0.1";
    private Integer casPort = 7400;
    private String casUser = "sms";
    private String casPassword = "";
    private String casClientName = "opensms";
    private String driverClassName = "org.opensms.cas.adapter.driver.ReferenceCasDriver";
    private Boolean dispatcherEnabled = true;
    private Integer maxInFlight = 1000;
    private Long retryInitialDelayMillis = 500L;
    private Long retryMaxDelayMillis = 30000L;
    private Integer maxAttempts = 200;
    private Long casTimeoutMillis = 10000L;

    /** Artemis core URL, e.g. tcp://10.0.0.5:61616 or (tests) vm://0; when empty, tcp://brokerHost:brokerPort. */
    public String getBrokerUrl() {
        return brokerUrl;
    }

    public void setBrokerUrl(String brokerUrl) {
        if (brokerUrl != null) {
            this.brokerUrl = brokerUrl.trim();
        }
    }

    /** Broker host, used when brokerUrl is empty. */
    public String getBrokerHost() {
        return brokerHost;
    }

    public void setBrokerHost(String brokerHost) {
        if (brokerHost != null) {
            this.brokerHost = brokerHost.trim();
        }
    }

    /** Broker port, used when brokerUrl is empty. */
    public Integer getBrokerPort() {
        return brokerPort;
    }

    public void setBrokerPort(Integer brokerPort) {
        if (brokerPort != null) {
            this.brokerPort = brokerPort;
        }
    }

    /** Broker user (empty: none). */
    public String getBrokerUser() {
        return brokerUser;
    }

    public void setBrokerUser(String brokerUser) {
        if (brokerUser != null) {
            this.brokerUser = brokerUser.trim();
        }
    }

    /** Broker password. */
    public String getBrokerPassword() {
        return brokerPassword;
    }

    public void setBrokerPassword(String brokerPassword) {
        if (brokerPassword != null) {
            this.brokerPassword = brokerPassword;
        }
    }

    /** Durable queue of issued commands. */
    public String getCommandQueue() {
        return commandQueue;
    }

    public void setCommandQueue(String commandQueue) {
        if (commandQueue != null) {
            this.commandQueue = commandQueue.trim();
        }
    }

    /** Queue receiving commands that were rejected or whose retries ran out. */
    public String getFailedQueue() {
        return failedQueue;
    }

    public void setFailedQueue(String failedQueue) {
        if (failedQueue != null) {
            this.failedQueue = failedQueue.trim();
        }
    }

    /** Durable queue of command outcomes (CasEvent). */
    public String getEventQueue() {
        return eventQueue;
    }

    public void setEventQueue(String eventQueue) {
        if (eventQueue != null) {
            this.eventQueue = eventQueue.trim();
        }
    }

    /** CAS host. */
    public String getCasHost() {
        return casHost;
    }

    public void setCasHost(String casHost) {
        if (casHost != null) {
            this.casHost = casHost.trim();
        }
    }

    /** CAS port. */
    public Integer getCasPort() {
        return casPort;
    }

    public void setCasPort(Integer casPort) {
        if (casPort != null) {
            this.casPort = casPort;
        }
    }

    /** CAS login user. */
    public String getCasUser() {
        return casUser;
    }

    public void setCasUser(String casUser) {
        if (casUser != null) {
            this.casUser = casUser.trim();
        }
    }

    /** CAS login password. */
    public String getCasPassword() {
        return casPassword;
    }

    public void setCasPassword(String casPassword) {
        if (casPassword != null) {
            this.casPassword = casPassword;
        }
    }

    /** Client name given to the CAS at login, for its logs. */
    public String getCasClientName() {
        return casClientName;
    }

    public void setCasClientName(String casClientName) {
        if (casClientName != null) {
            this.casClientName = casClientName.trim();
        }
    }

    /** CasDriver implementation (public no-argument constructor). */
    public String getDriverClassName() {
        return driverClassName;
    }

    public void setDriverClassName(String driverClassName) {
        if (driverClassName != null) {
            this.driverClassName = driverClassName.trim();
        }
    }

    /** Whether this configuration runs a dispatcher for its command queue. */
    public Boolean getDispatcherEnabled() {
        return dispatcherEnabled;
    }

    public void setDispatcherEnabled(Boolean dispatcherEnabled) {
        if (dispatcherEnabled != null) {
            this.dispatcherEnabled = dispatcherEnabled;
        }
    }

    /**
     * Commands the dispatcher has at the CAS or waiting for an earlier command of their card, at most: the
     * parallelism across cards (the queue's one consumer keeps the order of commits).
     */
    public Integer getMaxInFlight() {
        return maxInFlight;
    }

    public void setMaxInFlight(Integer maxInFlight) {
        if (maxInFlight != null) {
            this.maxInFlight = maxInFlight;
        }
    }

    /** First retry delay after a transient failure; doubles each attempt. */
    public Long getRetryInitialDelayMillis() {
        return retryInitialDelayMillis;
    }

    public void setRetryInitialDelayMillis(Long retryInitialDelayMillis) {
        if (retryInitialDelayMillis != null) {
            this.retryInitialDelayMillis = retryInitialDelayMillis;
        }
    }

    /** Longest retry delay. */
    public Long getRetryMaxDelayMillis() {
        return retryMaxDelayMillis;
    }

    public void setRetryMaxDelayMillis(Long retryMaxDelayMillis) {
        if (retryMaxDelayMillis != null) {
            this.retryMaxDelayMillis = retryMaxDelayMillis;
        }
    }

    /** Attempts before a command is reported FAILED (0: retry forever). */
    public Integer getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(Integer maxAttempts) {
        if (maxAttempts != null) {
            this.maxAttempts = maxAttempts;
        }
    }

    /** Connect/login timeout and synchronous query timeout. */
    public Long getCasTimeoutMillis() {
        return casTimeoutMillis;
    }

    public void setCasTimeoutMillis(Long casTimeoutMillis) {
        if (casTimeoutMillis != null) {
            this.casTimeoutMillis = casTimeoutMillis;
        }
    }

    /** The URL the Artemis client connects to. */
    public String effectiveBrokerUrl() {
        return brokerUrl.isEmpty() ? "tcp://" + brokerHost + ":" + brokerPort : brokerUrl;
    }

    /** An immutable snapshot of the current values. */
    public CasSettings settings() {
        return new CasSettings(effectiveBrokerUrl(), brokerUser, brokerPassword, commandQueue, failedQueue, eventQueue,
                casHost, casPort, casUser, casPassword, casClientName, driverClassName, dispatcherEnabled,
                Math.max(1, maxInFlight), Math.max(1, retryInitialDelayMillis),
                Math.max(1, retryMaxDelayMillis), Math.max(0, maxAttempts), Math.max(1, casTimeoutMillis));
    }

    /** Copies every property from another configuration. */
    public void copyFrom(CasConfig o) {
        this.brokerUrl = o.brokerUrl;
        this.brokerHost = o.brokerHost;
        this.brokerPort = o.brokerPort;
        this.brokerUser = o.brokerUser;
        this.brokerPassword = o.brokerPassword;
        this.commandQueue = o.commandQueue;
        this.failedQueue = o.failedQueue;
        this.eventQueue = o.eventQueue;
        this.casHost = o.casHost;
        this.casPort = o.casPort;
        this.casUser = o.casUser;
        this.casPassword = o.casPassword;
        this.casClientName = o.casClientName;
        this.driverClassName = o.driverClassName;
        this.dispatcherEnabled = o.dispatcherEnabled;
        this.maxInFlight = o.maxInFlight;
        this.retryInitialDelayMillis = o.retryInitialDelayMillis;
        this.retryMaxDelayMillis = o.retryMaxDelayMillis;
        this.maxAttempts = o.maxAttempts;
        this.casTimeoutMillis = o.casTimeoutMillis;
    }
}
