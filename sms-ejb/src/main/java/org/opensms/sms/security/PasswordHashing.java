package org.opensms.sms.security;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.HashMap;
import java.util.Map;

/**
 * The one password hashing policy: PBKDF2 with HMAC-SHA256, a 32-byte random salt per password and
 * {@value #ITERATION_COUNT} iterations. The identity store that checks passwords at login
 * (in the web module) is declared with the same parameters.
 */
public final class PasswordHashing {

    public static final String ITERATION_COUNT = "120000";
    public static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256";
    public static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=" + ITERATION_COUNT;
    public static final String SALT_SIZE = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    public static final String KEY_SIZE = "Pbkdf2PasswordHash.KeySizeBytes=32";
    public static final String[] PARAMETERS = {ALGORITHM, ITERATIONS, SALT_SIZE, KEY_SIZE};

    private PasswordHashing() {
    }

    /** Initialises a container-provided hasher with the policy's parameters. */
    public static Pbkdf2PasswordHash configure(Pbkdf2PasswordHash hash) {
        Map<String, String> params = new HashMap<>();
        for (String p : PARAMETERS) {
            int eq = p.indexOf('=');
            params.put(p.substring(0, eq), p.substring(eq + 1));
        }
        hash.initialize(params);
        return hash;
    }
}
