package dev.policygraph.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.policygraph.cli.AccountCommands;
import dev.policygraph.config.PolicyGraphProperties.Security;
import dev.policygraph.config.PolicyGraphProperties.Security.Role;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The accounts of the configuration: no default or well-known password where other machines reach the server. */
class AccountsTest {

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    @TempDir
    Path dir;

    @Test
    void withoutAccountsALoopbackServerGeneratesAnAdminWhosePasswordIsKeptOwnerOnly() throws Exception {
        Path file = dir.resolve("admin-password");
        Accounts accounts = Accounts.of(new Security(List.of(), List.of(), null, file), Exposure.of("127.0.0.1"),
                encoder);
        assertThat(accounts.generated()).isTrue();
        String password = Files.readString(file).strip();
        assertThat(password).hasSizeGreaterThanOrEqualTo(16);
        assertThat(Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(
                java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        assertThat(encoder.matches(password, accounts.users().get(0).passwordHash())).isTrue();
        assertThat(accounts.users().get(0).role()).isEqualTo(Role.ADMIN);
        // the same password on the next start
        Accounts again = Accounts.of(new Security(List.of(), List.of(), null, file), Exposure.of("localhost"), encoder);
        assertThat(encoder.matches(password, again.users().get(0).passwordHash())).isTrue();
    }

    @Test
    void anExposedServerWithoutAccountsOrWithAWellKnownPasswordDoesNotStart() {
        Path file = dir.resolve("admin-password");
        assertThatThrownBy(() -> Accounts.of(new Security(List.of(), List.of(), null, file), Exposure.of("0.0.0.0"),
                encoder)).hasMessageContaining("0.0.0.0").hasMessageContaining("no account is configured");
        assertThatThrownBy(() -> Accounts.of(new Security(List.of(), List.of(), null, file), Exposure.of(null),
                encoder)).hasMessageContaining("every interface");
        assertThat(file).doesNotExist();
        for (String weak : List.of("admin", "changeme", "duchashi")) {
            Security settings = new Security(List.of(new Security.User("duchashi", encoder.encode(weak),
                    Role.ADMIN)), List.of(), null, file);
            assertThatThrownBy(() -> Accounts.of(settings, Exposure.of("192.0.2.10"), encoder))
                    .as(weak).hasMessageContaining("duchashi").hasMessageContaining("well-known");
            assertThat(Accounts.of(settings, Exposure.of("127.0.0.1"), encoder).users()).hasSize(1);
        }
        Security strong = new Security(List.of(new Security.User("duchashi", encoder.encode("a long own passphrase"),
                Role.COORDINATOR)), List.of(), null, file);
        assertThat(Accounts.of(strong, Exposure.of("192.0.2.10"), encoder).generated()).isFalse();
    }

    @Test
    void aPlainPasswordInTheConfigurationIsRefused() {
        assertThatThrownBy(() -> new Security.User("duchashi", "changeme", Role.ADMIN))
                .hasMessageContaining("must be a hash").hasMessageContaining("hash-password");
    }

    @Test
    void hashPasswordAndNewTokenPrintWhatTheConfigurationTakes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = AccountCommands.hashPassword(null, new ByteArrayInputStream(
                "a long own passphrase\n".getBytes(StandardCharsets.UTF_8)), new PrintStream(out), new PrintStream(err));
        assertThat(code).isZero();
        String hash = out.toString(StandardCharsets.UTF_8).strip();
        assertThat(hash).startsWith("{bcrypt}");
        assertThat(encoder.matches("a long own passphrase", hash)).isTrue();
        assertThat(AccountCommands.hashPassword(null, new ByteArrayInputStream("changeme\n".getBytes()),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err))).isEqualTo(1);

        ByteArrayOutputStream tokens = new ByteArrayOutputStream();
        assertThat(AccountCommands.newToken(new PrintStream(tokens))).isZero();
        String[] lines = tokens.toString(StandardCharsets.UTF_8).split("\n");
        String token = lines[0].replace("token:", "").strip();
        String sha = lines[1].replace("sha256:", "").strip();
        Accounts accounts = Accounts.of(new Security(List.of(), List.of(new Security.Token("bot", sha, Role.VIEWER)),
                null, dir.resolve("p")), Exposure.of("192.0.2.10"), encoder);
        assertThat(accounts.token(token)).hasValueSatisfying(t -> assertThat(t.role()).isEqualTo(Role.VIEWER));
        assertThat(accounts.token(token + "x")).isEmpty();
    }
}
