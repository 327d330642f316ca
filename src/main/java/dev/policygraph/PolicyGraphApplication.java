package dev.policygraph;

import dev.policygraph.cli.ExportCommand;
import dev.policygraph.cli.AccountCommands;
import dev.policygraph.cli.IngestCommand;
import dev.policygraph.cli.OverlapsCommand;
import dev.policygraph.cli.ParseCommand;
import dev.policygraph.cli.RemoveCommands;
import dev.policygraph.cli.Usage;
import dev.policygraph.loading.DocumentLoader;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Entry point: the command line ({@link Usage} lists the commands and exit codes). {@code serve}, or no command,
 * starts the GraphQL server; {@code parse} and {@code overlaps} work without a database; {@code ingest},
 * {@code delete} and {@code reset} check their arguments (and ingest every file) first, then open the configured
 * graph without the web server, do their work and stop. An unknown command or option prints the usage (exit 2).
 */
@SpringBootApplication
public class PolicyGraphApplication {

    /**
     * Once asked to stop, how long a command may go without committing anything while it cleans up: it is waited for
     * as long as it commits (an ingest deletes what it created, a transaction at a time), and given up after this long
     * without a commit, naming what it leaves.
     */
    private static final long STOP_WAIT_SECONDS = 120;

    public static void main(String[] args) {
        if (serves(args)) {
            serve(args);
            return;
        }
        // Before Spring (or without it), logback would log everything to stdout, which carries the commands' output
        // (the JSON of parse, the report of ingest): see logback-cli.xml.
        System.setProperty("logback.configurationFile", "logback-cli.xml");
        System.exit(run(args, System.out, System.err, Map.of(), System.console() != null));
    }

    /** No command, {@code serve}, or only {@code --name=value} properties: the server. */
    static boolean serves(String[] args) {
        List<String> options = args.length > 0 && args[0].equals("serve")
                ? Arrays.asList(args).subList(1, args.length) : Arrays.asList(args);
        return (args.length == 0 || args[0].equals("serve") || args[0].startsWith("--"))
                && options.stream().allMatch(PolicyGraphApplication::isProperty);
    }

    private static boolean isProperty(String arg) {
        return arg.startsWith("--") && arg.indexOf('=') > 2 && !Usage.isHelp(arg.substring(0, arg.indexOf('=')));
    }

    private static void serve(String[] args) {
        String[] properties = args.length > 0 && args[0].equals("serve") ? Arrays.copyOfRange(args, 1, args.length)
                : args;
        SpringApplication app = new SpringApplication(PolicyGraphApplication.class);
        // a taken HTTP port stops the start at once, before the graph is opened, with ServerFailures' advice
        app.addListeners((ApplicationListener<ApplicationEnvironmentPreparedEvent>) event ->
                ServerFailures.checkPort(event.getEnvironment()));
        try {
            app.run(properties);
        } catch (RuntimeException e) {
            // Boot has logged why (ServerFailures explains a taken port or a data directory in use)
            System.exit(Usage.UNAVAILABLE);
        }
    }

    /**
     * Runs a command other than the server and returns its exit code. {@code properties} are added to the
     * application's settings (tests point the commands at their graph with them); {@code terminal} draws progress
     * bars instead of lines.
     */
    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> properties,
                   boolean terminal) {
        if (args.length == 0 || Usage.isHelp(args[0])) {
            return help(args.length > 1 ? args[1] : null, out, err);
        }
        String command = args[0];
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (rest.stream().anyMatch(Usage::isHelp) && Usage.isCommand(command)) {
            return help(command, out, err);
        }
        switch (command) {
            case "serve":
                err.println("serve: options are --NAME=VALUE properties, e.g. --server.port=8081; got "
                        + String.join(" ", rest));
                err.println(Usage.of("serve"));
                return Usage.USAGE;
            case "parse":
                return ParseCommand.run(rest, out, err);
            case "overlaps":
                return OverlapsCommand.run(rest, out, err);
            case "ingest": {
                IngestCommand.Checked checked = IngestCommand.check(rest, err, terminal);
                if (checked.exitCode() != Usage.OK) {
                    return checked.exitCode();
                }
                return withStoppableGraph(command, properties, err, new Stoppable() {
                    @Override
                    public void stop(ConfigurableApplicationContext c) {
                        c.getBean(DocumentLoader.class).stop();
                    }

                    @Override
                    public long committed(ConfigurableApplicationContext c) {
                        return c.getBean(DocumentLoader.class).committed();
                    }

                    @Override
                    public List<String> left(ConfigurableApplicationContext c) {
                        return c.getBean(DocumentLoader.class).notDeleted();
                    }
                }, c -> c.getBean(IngestCommand.class).write(checked, out, err, terminal));
            }
            case "delete": {
                int code = RemoveCommands.checkDelete(rest, err);
                return code != Usage.OK ? code
                        : withGraph(command, properties, err, c -> c.getBean(RemoveCommands.class).delete(rest, out, err));
            }
            case "reset": {
                int code = RemoveCommands.checkReset(rest, err);
                return code != Usage.OK ? code
                        : withGraph(command, properties, err, c -> c.getBean(RemoveCommands.class).reset(out));
            }
            case "export":
                return withGraph(command, properties, err,
                        c -> c.getBean(ExportCommand.class).run(rest, out, err));
            case "hash-password":
                return AccountCommands.hashPassword(System.console(), System.in, out, err);
            case "new-token":
                return AccountCommands.newToken(out);
            default:
                err.println("policy-graph: unknown " + (command.startsWith("-") ? "option " : "command ") + command);
                err.print(Usage.text());
                return Usage.USAGE;
        }
    }

    private static int help(String command, PrintStream out, PrintStream err) {
        if (command == null) {
            out.print(Usage.text());
            return Usage.OK;
        }
        if (!Usage.isCommand(command)) {
            err.println("help: unknown command " + command);
            err.print(Usage.text());
            return Usage.USAGE;
        }
        out.println(Usage.of(command));
        return Usage.OK;
    }

    /** Opens the graph without the web server (so without seed loading or re-parsing), runs the work, stops. */
    private static int withGraph(String command, Map<String, String> properties, PrintStream err,
                                 Function<ConfigurableApplicationContext, Integer> work) {
        return withGraph(command, properties, err, work, true);
    }

    private static int withGraph(String command, Map<String, String> properties, PrintStream err,
                                 Function<ConfigurableApplicationContext, Integer> work, boolean closeOnExit) {
        ConfigurableApplicationContext context;
        try {
            context = openGraph(properties, closeOnExit);
        } catch (RuntimeException e) {
            err.println(command + ": cannot open the graph: " + ServerFailures.explain(e) + "; nothing was written");
            return Usage.UNAVAILABLE;
        }
        try (context) {
            return work.apply(context);
        }
    }

    /** Work that can be asked to stop and then cleans up after itself, a transaction at a time. */
    interface Stoppable {

        /** Asks the work to stop. */
        void stop(ConfigurableApplicationContext c);

        /** How many transactions it has committed so far (while this grows, its clean-up is going on). */
        long committed(ConfigurableApplicationContext c);

        /** The documents it would leave in the graph if the process ended now. */
        List<String> left(ConfigurableApplicationContext c);
    }

    /**
     * As {@link #withGraph}, for work that can be asked to stop and then cleans up after itself (ingest deletes what it
     * wrote): on SIGTERM (or Ctrl-C) {@code stop} is asked and the process ends once the work has returned and the
     * graph is closed. It is waited for as long as it commits a transaction at least every {@link #STOP_WAIT_SECONDS};
     * after that long without one, the process ends naming the documents the work leaves in the graph. Spring's own
     * hook, which would close the graph under the running work, is not registered.
     */
    private static int withStoppableGraph(String command, Map<String, String> properties, PrintStream err,
                                          Stoppable stoppable,
                                          Function<ConfigurableApplicationContext, Integer> work) {
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<ConfigurableApplicationContext> open = new AtomicReference<>();
        Thread hook = new Thread(() -> {
            ConfigurableApplicationContext c = open.get();
            if (c == null) {
                return;
            }
            err.println(command + ": asked to stop; finishing the batch being written and deleting what this run "
                    + "created");
            stoppable.stop(c);
            try {
                long seen = stoppable.committed(c);
                while (!closed.await(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                    long now = stoppable.committed(c);
                    if (now == seen) {
                        List<String> left = stoppable.left(c);
                        err.println(command + ": nothing committed in " + STOP_WAIT_SECONDS + " s; ending with "
                                + left.size() + " documents this run created still in the graph (the command "
                                + "delete removes them): " + String.join(" ", left));
                        return;
                    }
                    seen = now;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, command + "-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return withGraph(command, properties, err, c -> {
                open.set(c);
                return work.apply(c);
            }, false);
        } finally {
            closed.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the process is ending already: the hook returns now that the graph is closed
            }
        }
    }

    /** The application without the web server: the graph open, nothing loaded. */
    static ConfigurableApplicationContext openGraph(Map<String, String> properties) {
        return openGraph(properties, true);
    }

    private static ConfigurableApplicationContext openGraph(Map<String, String> properties, boolean closeOnExit) {
        SpringApplication app = new SpringApplication(PolicyGraphApplication.class);
        app.setRegisterShutdownHook(closeOnExit);
        app.setWebApplicationType(WebApplicationType.NONE);
        // A failure is reported by the caller in one line; Boot's own report of it would be a page of stack trace.
        // Logging as before Spring (logback-cli.xml: warnings and errors on stderr, stdout keeps the command's output),
        // named the way Boot reads it; Boot warns about the system property logback reads, so that is cleared.
        System.clearProperty("logback.configurationFile");
        app.setDefaultProperties(Map.of("logging.config", "classpath:logback-cli.xml",
                "spring.main.log-startup-info", "false",
                "logging.level.root", "WARN", "logging.level.dev.policygraph", "WARN",
                "logging.level.org.springframework.boot.SpringApplication", "OFF",
                "logging.level.org.springframework.context.support", "OFF",
                "logging.level.org.springframework.context.annotation", "OFF",
                "logging.level.org.springframework.boot.diagnostics", "OFF"));
        // as command-line properties, these come before application.properties and the environment
        String[] settings = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return app.run(settings);
    }
}
