package dev.policygraph.bench;

import dev.policygraph.ingest.DocumentParser;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Parser throughput in CPU time of the parsing thread: {@code ParseLoop ROUNDS [DIR...]}. On a machine shared with
 * other work, wall-clock figures (JMH's) measure the load; the thread's CPU time does not. Parses the plans of the
 * directories (default: seeds, ../shared/corpus and the test plans) once per round and prints MB/s of the last rounds
 * after warm-up: the median of rounds from the second half.
 */
public final class ParseLoop {

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        List<String> dirs = args.length > 1 ? List.of(args).subList(1, args.length)
                : List.of("seeds", "../shared/corpus", "src/test/resources/plans/real", "src/test/resources/plans/family");
        List<byte[]> plans = new ArrayList<>();
        List<String> names = new ArrayList<>();
        long bytes = 0;
        for (String dir : dirs) {
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    plans.add(Files.readAllBytes(p));
                    names.add(p.getFileName().toString());
                    bytes += plans.get(plans.size() - 1).length;
                }
            }
        }
        DocumentParser parser = new DocumentParser();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> rates = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            long cpu = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < plans.size(); i++) {
                parser.parse(names.get(i), plans.get(i));
            }
            double seconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            if (r >= rounds / 2) {
                rates.add(bytes / 1e6 / seconds);
            }
        }
        rates.sort(Double::compare);
        System.out.printf(Locale.ROOT, "%d plans, %d bytes: %.2f MB/s (median CPU time of %d rounds after %d warm-up)%n",
                plans.size(), bytes, rates.get(rates.size() / 2), rates.size(), rounds - rates.size());
    }
}
