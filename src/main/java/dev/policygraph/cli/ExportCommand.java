package dev.policygraph.cli;

import dev.policygraph.graph.ProgressStatus;
import dev.policygraph.graph.Role;
import dev.policygraph.graph.TaskKind;
import dev.policygraph.ledger.Ledger;
import dev.policygraph.ledger.LedgerFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@code export FILE.xlsx|FILE.csv [--document ID] [--unit NAME [--region REGION] [--role LEAD|CO_RESPONSIBLE]]
 * [--status S[,S]] [--overdue] [--due-after DATE] [--due-before DATE] [--kind KIND]}: writes the ledger (台账) of a
 * plan, a unit or a filter. The file is written beside and moved into place when complete, so a failed export
 * leaves no partial file.
 */
@Component
public class ExportCommand {

    static final String USAGE = "usage: export FILE.xlsx|FILE.csv [--document ID] [--unit NAME [--region REGION] "
            + "[--role LEAD|CO_RESPONSIBLE]] [--status NOT_STARTED,IN_PROGRESS,DONE,BLOCKED] [--overdue] "
            + "[--due-after YYYY-MM-DD] [--due-before YYYY-MM-DD] [--kind task|goal|safeguard|requirement|other]";

    private final Ledger ledger;

    ExportCommand(Ledger ledger) {
        this.ledger = ledger;
    }

    /** Runs the command and returns the process exit code. */
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("export: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        Path target = o.file.toAbsolutePath();
        Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
        int rows;
        try {
            try (OutputStream stream = Files.newOutputStream(partial)) {
                rows = o.format.write(ledger, o.filter, stream);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IllegalArgumentException e) {
            deleteQuietly(partial);
            err.println("export: " + e.getMessage() + "; nothing was written");
            return 1;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(partial);
            err.println("export: cannot write " + target + ": " + e.getMessage());
            return 1;
        }
        out.println(rows + " rows\t" + target);
        return 0;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the export already failed; its message says why
        }
    }

    /** The parsed arguments. */
    record Options(Path file, LedgerFormat format, Ledger.Filter filter) {

        static Options parse(List<String> args) {
            Path file = null;
            String document = null;
            String unit = null;
            String region = null;
            Role role = null;
            Set<ProgressStatus> statuses = null;
            Boolean overdue = null;
            LocalDate after = null;
            LocalDate before = null;
            TaskKind kind = null;
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                if (!a.startsWith("--")) {
                    if (file != null) {
                        throw new IllegalArgumentException("one file only, not " + file + " and " + a);
                    }
                    file = Path.of(a);
                    continue;
                }
                if (a.equals("--overdue")) {
                    overdue = true;
                    continue;
                }
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException(a + " needs a value");
                }
                String v = args.get(++i);
                switch (a) {
                    case "--document" -> document = v;
                    case "--unit" -> unit = v;
                    case "--region" -> region = v;
                    case "--role" -> role = value(Role.class, a, v);
                    case "--status" -> {
                        statuses = EnumSet.noneOf(ProgressStatus.class);
                        for (String s : v.split(",")) {
                            statuses.add(value(ProgressStatus.class, a, s.strip()));
                        }
                    }
                    case "--due-after" -> after = date(a, v);
                    case "--due-before" -> before = date(a, v);
                    case "--kind" -> kind = TaskKind.of(v);
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            if (file == null) {
                throw new IllegalArgumentException("name the file to write (ledger.xlsx or ledger.csv)");
            }
            return new Options(file, LedgerFormat.of(file.getFileName().toString()), new Ledger.Filter(document,
                    unit, region, role, statuses, overdue, after, before, kind));
        }

        private static <E extends Enum<E>> E value(Class<E> type, String option, String v) {
            try {
                return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(option + " takes one of " + EnumSet.allOf(type) + ", not " + v);
            }
        }

        private static @Nullable LocalDate date(String option, String v) {
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(option + " takes a date such as 2025-12-31, not " + v);
            }
        }
    }
}
