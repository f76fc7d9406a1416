package org.opensms.cas.adapter;

/**
 * An immutable snapshot of the adapter's configuration properties (see {@link CasConfig} for their meaning
 * and defaults). Equal settings mean the same broker, queues and CAS.
 */
public record CasSettings(String brokerUrl, String brokerUser, String brokerPassword, String commandQueue,
                          String failedQueue, String eventQueue, String casHost, int casPort, String casUser,
                          String casPassword, String casClientName, String driverClassName, boolean dispatcherEnabled,
                          int maxInFlight, long retryInitialDelayMillis, long retryMaxDelayMillis,
                          int maxAttempts, long casTimeoutMillis) {

    /** Identity of a dispatcher: one per broker and command queue. */
    public String dispatcherKey() {
        return brokerUrl + "|" + commandQueue;
    }

    /** The broker user, or null when none is configured. */
    public String brokerUserOrNull() {
        return brokerUser == null || brokerUser.isEmpty() ? null : brokerUser;
    }

    /** The broker password, or null when no user is configured. */
    public String brokerPasswordOrNull() {
        return brokerUserOrNull() == null ? null : brokerPassword;
    }

    @Override
    public String toString() {
        return "broker " + brokerUrl + (brokerUserOrNull() == null ? "" : " as " + brokerUser) + ", queue "
                + commandQueue + ", CAS " + casHost + ":" + casPort + " as " + casUser + " via " + driverClassName;
    }
}
