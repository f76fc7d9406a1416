package org.opensms.cas.api;

/** Overt (visible) or covert (meant to be hard to see) fingerprint (PROTOCOL.md section 6.5). */
public enum FingerprintMode {
    OVERT, COVERT
}
