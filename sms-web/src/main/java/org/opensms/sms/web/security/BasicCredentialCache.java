package org.opensms.sms.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for one minute, username/password pairs that were verified, so that an integration
 * sending HTTP Basic credentials on every call does not pay the PBKDF2 cost each time. Entries are
 * keyed by an HMAC of the pair under a per-process random key, so the cache never holds a password.
 * Failed attempts are never cached: each one costs a full hash check.
 */
@ApplicationScoped
public class BasicCredentialCache {

    static final Duration TTL = Duration.ofSeconds(60);
    private static final int MAX_ENTRIES = 10_000;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final byte[] key = new byte[32];
    private final Clock clock = Clock.systemUTC();

    public BasicCredentialCache() {
        new SecureRandom().nextBytes(key);
    }

    Optional<SessionCaller> find(String username, String password) {
        Entry e = entries.get(fingerprint(username, password));
        if (e == null || e.expires.isBefore(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(e.caller);
    }

    void remember(String username, String password, String callerName, Set<String> groups) {
        if (entries.size() >= MAX_ENTRIES) {
            Instant now = clock.instant();
            entries.values().removeIf(e -> e.expires.isBefore(now));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(fingerprint(username, password), new Entry(new SessionCaller(callerName, Set.copyOf(groups)),
                clock.instant().plus(TTL)));
    }

    /** Forgets everything, for example after a password change. */
    public void clear() {
        entries.clear();
    }

    private String fingerprint(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private record Entry(SessionCaller caller, Instant expires) {
    }
}
