package dev.policygraph;

import dev.policygraph.cli.ExportCommand;
import dev.policygraph.cli.AccountCommands;
import dev.policygraph.cli.IngestCommand;
import dev.policygraph.cli.OverlapsCommand;
import dev.policygraph.cli.ParseCommand;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Entry point. {@code parse FILE... [--json]} runs the parser alone; {@code overlaps FILE... [--json]} lists
 * similar tasks without a database; {@code ingest PATH...} loads files into the
 * configured Neo4j and exits; {@code export FILE.xlsx|FILE.csv [filter]} writes the ledger and exits; {@code hash-password} prints the hash of a password read
 * from the terminal and {@code new-token} a new API token, both for the configuration; anything else
 * starts the GraphQL server.
 */
@SpringBootApplication
public class PolicyGraphApplication {

    public static void main(String[] args) {
        List<String> rest = args.length == 0 ? List.of() : Arrays.asList(args).subList(1, args.length);
        if (args.length > 0 && args[0].equals("parse")) {
            // Without Spring, logback would log to stdout, which carries the JSON: see logback-cli.xml.
            System.setProperty("logback.configurationFile", "logback-cli.xml");
            System.exit(ParseCommand.run(rest, System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("overlaps")) {
            System.exit(OverlapsCommand.run(rest, System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("ingest")) {
            System.exit(ingest(rest));
        }
        if (args.length > 0 && args[0].equals("hash-password")) {
            System.exit(AccountCommands.hashPassword(System.console(), System.in, System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("new-token")) {
            System.exit(AccountCommands.newToken(System.out));
        }
        if (args.length > 0 && args[0].equals("export")) {
            System.exit(withGraph("export", c -> c.getBean(ExportCommand.class).run(rest, System.out, System.err)));
        }
        SpringApplication.run(PolicyGraphApplication.class, args);
    }

    /** Opens the graph without the web server (so without seed loading or re-parsing), ingests, stops. */
    static int ingest(List<String> paths) {
        return withGraph("ingest", c -> c.getBean(IngestCommand.class).run(paths, System.out, System.err));
    }

    /** Opens the graph without the web server, runs the command in it, stops. */
    static int withGraph(String command, java.util.function.ToIntFunction<ConfigurableApplicationContext> run) {
        SpringApplication app = new SpringApplication(PolicyGraphApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        // The failure is reported below in one line; Boot's own report of it would be a page of stack trace.
        app.setDefaultProperties(Map.of("spring.main.log-startup-info", "false",
                "logging.level.root", "WARN", "logging.level.dev.policygraph", "INFO",
                "logging.level.org.springframework.boot.SpringApplication", "OFF",
                "logging.level.org.springframework.context.support", "OFF"));
        try (ConfigurableApplicationContext context = app.run()) {
            return run.applyAsInt(context);
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            System.err.println(command + ": cannot open the graph: " + root.getMessage()
                    + " (is the server running on the same data directory? stop it, or point NEO4J_URI at it)");
            return 3;
        }
    }
}
