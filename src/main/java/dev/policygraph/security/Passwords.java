package dev.policygraph.security;

import java.util.List;
import java.util.Locale;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Passwords as the configuration takes them: a bcrypt hash with its {bcrypt} prefix; never a well-known one. */
public final class Passwords {

    /** The shortest password {@code hash-password} accepts. */
    public static final int MIN_LENGTH = 12;

    /** Passwords anyone would try first, and the README's examples; refused on an exposed address. */
    static final List<String> WELL_KNOWN = List.of("admin", "password", "changeme", "123456", "12345678", "secret",
            "policygraph", "policy-graph", "coordinator", "viewer", "test", "admin123", "neo4j");

    private Passwords() {
    }

    /** A bcrypt hash of the password with its {bcrypt} prefix; a short or well-known password is refused. */
    public static String hash(String password) {
        if (password.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("a password needs at least " + MIN_LENGTH + " characters");
        }
        if (WELL_KNOWN.contains(password.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("that password is a well-known one");
        }
        return "{bcrypt}" + new BCryptPasswordEncoder().encode(password);
    }

    /** The SHA-256 of a token in lower-case hex, as the configuration names tokens. */
    public static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
