package dev.policygraph.security;

import dev.policygraph.config.PolicyGraphProperties;
import dev.policygraph.config.PolicyGraphProperties.Security.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The accounts of the configuration: users (name, password hash, role) and API tokens (name, SHA-256, role). With
 * neither configured and the server on a loopback address, one account {@code admin} is generated, its password kept
 * owner-only in {@code policygraph.security.generated-password-file} (the same on every start). No well-known
 * password (admin, password, changeme, the examples of the README ...), and no token that is such a word, is accepted
 * on an address other machines reach: the start stops naming the user or token.
 */
final class Accounts {

    private static final Logger log = LoggerFactory.getLogger(Accounts.class);

    /** A user: name, hash with its {algorithm} prefix, role. */
    record User(String name, String passwordHash, Role role) {
    }

    /** An API token's owner and role. */
    record TokenOwner(String name, Role role) {
    }

    private final List<User> users;
    private final Map<String, TokenOwner> tokensBySha256;
    private final boolean generated;

    private Accounts(List<User> users, Map<String, TokenOwner> tokensBySha256, boolean generated) {
        this.users = List.copyOf(users);
        this.tokensBySha256 = Map.copyOf(tokensBySha256);
        this.generated = generated;
    }

    static Accounts of(PolicyGraphProperties.Security settings, Exposure exposure, PasswordEncoder encoder) {
        List<User> users = new ArrayList<>();
        settings.users().forEach(u -> users.add(new User(u.name(), u.password(), u.role())));
        Map<String, TokenOwner> tokens = new LinkedHashMap<>();
        settings.tokens().forEach(t -> tokens.put(t.sha256(), new TokenOwner("token:" + t.name(), t.role())));
        if (users.isEmpty() && tokens.isEmpty()) {
            if (!exposure.loopback() && Boolean.TRUE.equals(settings.anonymousReads())) {
                log.warn("No account is configured and the server listens on {}: it serves reads only",
                        exposure.describe());
                return new Accounts(users, tokens, false);
            }
            if (!exposure.loopback()) {
                throw new IllegalStateException("The server listens on " + exposure.describe() + ", which other "
                        + "machines reach, and no account is configured: set policygraph.security.users (hashed "
                        + "passwords) or policygraph.security.tokens, or listen on 127.0.0.1 (server.address), or "
                        + "serve reads only (policygraph.security.anonymous-reads=true)");
            }
            String password = generatedPassword(settings.generatedPasswordFile());
            users.add(new User("admin", encoder.encode(password), Role.ADMIN));
            log.info("No account is configured: sign in as admin with the password in {} (loopback only)",
                    settings.generatedPasswordFile().toAbsolutePath());
            return new Accounts(users, tokens, true);
        }
        if (!exposure.loopback()) {
            for (User u : users) {
                for (String weak : weakPasswords(u.name())) {
                    if (encoder.matches(weak, u.passwordHash())) {
                        throw new IllegalStateException("The password of user " + u.name() + " is a well-known one ("
                                + "'" + weak + "'), refused on " + exposure.describe()
                                + ": give it a password of its own (java -jar policy-graph.jar hash-password)");
                    }
                }
            }
            for (PolicyGraphProperties.Security.Token t : settings.tokens()) {
                for (String weak : weakPasswords(t.name())) {
                    if (sha256(weak).equals(t.sha256())) {
                        throw new IllegalStateException("The token " + t.name() + " is a well-known word ('" + weak
                                + "'), refused on " + exposure.describe()
                                + ": hand out a token of its own (java -jar policy-graph.jar new-token)");
                    }
                }
            }
        }
        return new Accounts(users, tokens, false);
    }

    private static List<String> weakPasswords(String name) {
        List<String> out = new ArrayList<>(Passwords.WELL_KNOWN);
        out.add(name);
        return out;
    }

    /** The password of the generated admin: read from the file, or made and written there owner-only. */
    private static String generatedPassword(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                String kept = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (kept.length() >= 16) {
                    return kept;
                }
            }
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            String password = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.deleteIfExists(file);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file);
            }
            Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the generated admin password in " + file.toAbsolutePath(), e);
        }
    }

    List<User> users() {
        return users;
    }

    boolean generated() {
        return generated;
    }

    /** The owner of the API token, if it is one of the configuration's. */
    Optional<TokenOwner> token(String token) {
        return Optional.ofNullable(tokensBySha256.get(sha256(token)));
    }

    static String sha256(String text) {
        return Passwords.sha256(text);
    }
}
