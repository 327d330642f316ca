package dev.policygraph.cli;

import dev.policygraph.security.Passwords;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Accounts for the configuration. {@code hash-password}: reads a password (from the terminal without echo, else the
 * first line of standard input; never from the command line) and prints its hash for
 * {@code policygraph.security.users[i].password}. {@code new-token}: prints a new random API token and the SHA-256 for
 * {@code policygraph.security.tokens[i].sha256}.
 */
public final class AccountCommands {

    private AccountCommands() {
    }

    /** {@code new-token}: a random token (keep it secret) and its SHA-256 (for the configuration). */
    public static int newToken(PrintStream out) {
        byte[] random = new byte[32];
        new java.security.SecureRandom().nextBytes(random);
        String token = "pgt_" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        out.println("token:  " + token);
        out.println("sha256: " + Passwords.sha256(token));
        return 0;
    }

    /** {@code hash-password}: returns the process exit code. */
    public static int hashPassword(@Nullable Console console, InputStream in, PrintStream out, PrintStream err) {
        String password;
        if (console != null) {
            char[] typed = console.readPassword("password: ");
            password = typed == null ? null : new String(typed);
        } else {
            try {
                password = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            } catch (IOException e) {
                err.println("hash-password: cannot read the password: " + e.getMessage());
                return 2;
            }
        }
        if (password == null) {
            err.println("hash-password: no password given (type it, or pipe it on standard input)");
            return 2;
        }
        try {
            out.println(Passwords.hash(password));
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("hash-password: " + e.getMessage());
            return 1;
        }
    }
}
