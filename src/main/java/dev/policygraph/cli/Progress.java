package dev.policygraph.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress of a long run on stderr: on a terminal one bar redrawn in place, otherwise (a log, a pipe) plain lines,
 * one at each tenth of the work and at its end, so that a log of a thousand files stays short.
 */
final class Progress {

    private static final int WIDTH = 30;

    private final PrintStream err;
    private final String what;
    private final int total;
    private final boolean terminal;
    private int done;
    private int lastTenth;

    Progress(PrintStream err, String what, int total, boolean terminal) {
        this.err = err;
        this.what = what;
        this.total = total;
        this.terminal = terminal;
    }

    /** Whether this process writes to a terminal (then the bar), else plain lines. */
    static boolean onTerminal() {
        return System.console() != null;
    }

    /** One more item done; {@code name} says which. */
    void step(String name) {
        done++;
        if (terminal) {
            int filled = total == 0 ? WIDTH : done * WIDTH / total;
            err.print(String.format(Locale.ROOT, "\r%s [%s%s] %d/%d %s\u001b[K", what, "#".repeat(filled),
                    " ".repeat(WIDTH - filled), done, total, name));
            if (done == total) {
                err.println();
            }
            err.flush();
            return;
        }
        int tenth = total == 0 ? 10 : done * 10 / total;
        if (tenth > lastTenth || done == total) {
            lastTenth = tenth;
            err.println(String.format(Locale.ROOT, "%s: %d/%d files (%d%%), last %s", what, done, total,
                    total == 0 ? 100 : done * 100 / total, name));
        }
    }
}
