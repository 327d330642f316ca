package dev.policygraph.security;

import dev.policygraph.config.PolicyGraphProperties.Security.Role;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The dashboard's sign-ins: a user who signs in with name and password gets a random token, sent afterwards as
 * {@code Authorization: Bearer TOKEN} (never as a cookie, so no other site can send it). Kept in memory by its
 * SHA-256 only, valid for eight hours or until signed out; a restart signs everyone out.
 */
final class SignIns {

    static final Duration VALID_FOR = Duration.ofHours(8);
    static final int MAX = 10_000;

    record SignIn(String name, Role role, Instant until) {
    }

    private final Map<String, SignIn> bySha256 = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    SignIns(Clock clock) {
        this.clock = clock;
    }

    /** A new token for the user. */
    String open(String name, Role role) {
        Instant now = clock.instant();
        if (bySha256.size() >= MAX) {
            bySha256.values().removeIf(s -> !s.until().isAfter(now));
            if (bySha256.size() >= MAX) {
                Iterator<String> oldest = bySha256.keySet().iterator();
                oldest.next();
                oldest.remove();
            }
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = "pgs_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        bySha256.put(Accounts.sha256(token), new SignIn(name, role, now.plus(VALID_FOR)));
        return token;
    }

    /** The sign-in of this token, while it is valid. */
    Optional<SignIn> find(String token) {
        String key = Accounts.sha256(token);
        SignIn s = bySha256.get(key);
        if (s == null) {
            return Optional.empty();
        }
        if (!s.until().isAfter(clock.instant())) {
            bySha256.remove(key);
            return Optional.empty();
        }
        return Optional.of(s);
    }

    void close(String token) {
        bySha256.remove(Accounts.sha256(token));
    }
}
