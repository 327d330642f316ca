package dev.policygraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parser throughput on one core: every plan of seeds/, ../shared/corpus and the test fixtures
 * (src/test/resources/plans), parsed once per operation. MB/s = total bytes / score (seconds per operation).
 * Run: bench/parser.sh
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParserBenchmark {

    private final List<byte[]> plans = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private DocumentParser parser;
    /** Total bytes parsed per operation, printed once so that MB/s can be read off the score. */
    public long bytes;

    @Setup(Level.Trial)
    public void load() throws IOException {
        for (String dir : List.of("seeds", "../shared/corpus", "src/test/resources/plans/real",
                "src/test/resources/plans/family")) {
            Path d = Path.of(dir);
            if (!Files.isDirectory(d)) {
                continue;
            }
            try (Stream<Path> files = Files.list(d)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    plans.add(Files.readAllBytes(p));
                    names.add(p.getFileName().toString());
                    bytes += plans.get(plans.size() - 1).length;
                }
            }
        }
        parser = new DocumentParser();
        System.out.printf("%n%d plans, %d bytes per operation%n", plans.size(), bytes);
    }

    @Benchmark
    public void parseEveryPlan(Blackhole sink) {
        for (int i = 0; i < plans.size(); i++) {
            sink.consume(parser.parse(names.get(i), plans.get(i)));
        }
    }
}
