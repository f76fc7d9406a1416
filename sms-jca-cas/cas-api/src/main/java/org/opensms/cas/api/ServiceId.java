package org.opensms.cas.api;

import java.io.Serializable;

/**
 * A DVB service id (0-65535), the target of an ECM-based fingerprint (PROTOCOL.md section 6.1).
 *
 * @param value the service id
 */
public record ServiceId(int value) implements Serializable {

    /** @throws IllegalArgumentException when outside 0-65535 */
    public ServiceId {
        Checks.range("service id", value, 0, 65_535);
    }

    /** Same as the constructor. */
    public static ServiceId of(int value) {
        return new ServiceId(value);
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
