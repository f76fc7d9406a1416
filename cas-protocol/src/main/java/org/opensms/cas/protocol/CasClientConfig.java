package org.opensms.cas.protocol;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of a {@link CasClient}. heartbeatInterval: a HEARTBEAT is sent when nothing was sent for that long.
 * idleTimeout: the connection is considered dead when nothing was received for that long (must exceed the
 * heartbeat interval). maxInFlight: send() blocks while that many commands await their ACK.
 */
public record CasClientConfig(String host, int port, String user, String password, String clientName,
                              Duration connectTimeout, Duration loginTimeout, Duration heartbeatInterval,
                              Duration idleTimeout, int maxInFlight) {

    public CasClientConfig {
        Objects.requireNonNull(host, "host");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1-65535, got " + port);
        }
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(clientName, "clientName");
        positive("connectTimeout", connectTimeout);
        positive("loginTimeout", loginTimeout);
        positive("heartbeatInterval", heartbeatInterval);
        positive("idleTimeout", idleTimeout);
        if (idleTimeout.compareTo(heartbeatInterval) <= 0) {
            throw new IllegalArgumentException("idleTimeout " + idleTimeout + " must be longer than heartbeatInterval "
                    + heartbeatInterval);
        }
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight must be >= 1, got " + maxInFlight);
        }
    }

    /** Defaults: connect and login timeouts 5 s, heartbeat every 10 s, idle timeout 30 s, 10000 in flight. */
    public static CasClientConfig of(String host, int port, String user, String password) {
        return new CasClientConfig(host, port, user, password, "opensms", Duration.ofSeconds(5), Duration.ofSeconds(5),
                Duration.ofSeconds(10), Duration.ofSeconds(30), 10_000);
    }

    public CasClientConfig withClientName(String name) {
        return new CasClientConfig(host, port, user, password, name, connectTimeout, loginTimeout, heartbeatInterval,
                idleTimeout, maxInFlight);
    }

    public CasClientConfig withTimeouts(Duration connect, Duration login) {
        return new CasClientConfig(host, port, user, password, clientName, connect, login, heartbeatInterval,
                idleTimeout, maxInFlight);
    }

    public CasClientConfig withHeartbeat(Duration interval, Duration idle) {
        return new CasClientConfig(host, port, user, password, clientName, connectTimeout, loginTimeout, interval,
                idle, maxInFlight);
    }

    public CasClientConfig withMaxInFlight(int max) {
        return new CasClientConfig(host, port, user, password, clientName, connectTimeout, loginTimeout,
                heartbeatInterval, idleTimeout, max);
    }

    private static void positive(String name, Duration d) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + d);
        }
    }
}
