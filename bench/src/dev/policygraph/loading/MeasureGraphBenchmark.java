package dev.policygraph.loading;

import dev.policygraph.PolicyGraphApplication;
import dev.policygraph.analysis.similarity.OverlapBenchmark;
import dev.policygraph.analysis.similarity.TaskText;
import dev.policygraph.persistence.BenchTasks;
import dev.policygraph.persistence.GraphWriter;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The graph side of similar tasks at scale: {@code bench/run-measures.sh [TASKS [memory]]} ({@code memory}: the
 * computation alone, without the database).
 *
 * <p>Generates TASKS tasks with {@link OverlapBenchmark}'s generator (seeds and corpus sentences recombined and
 * perturbed), writes them as bare Task nodes into a fresh embedded database, then times what the server does at its
 * start on such a graph ({@link SimilarTasks#start}): build the in-memory index from the graph, find every pair,
 * mark reciprocal best matches and group measures, and write every SAME_MEASURE link and Measure. Then one seed plan
 * is ingested, replaced and deleted through the application's own write path, timing the incremental recomputation
 * at that scale.
 */
public final class MeasureGraphBenchmark {

    private MeasureGraphBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 250_000;
        List<TaskText> tasks = generate(total);
        if (args.length > 1 && args[1].equals("memory")) {
            memory(tasks, args.length > 2 ? Integer.parseInt(args[2]) : 1);
            return;
        }
        Path data = Files.createTempDirectory("measure-bench");
        SpringApplication app = new SpringApplication(PolicyGraphApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        // a system property, as application.properties sets the data directory from POLICYGRAPH_DATA
        System.setProperty("policygraph.neo4j.data-directory", data.toString());
        app.setDefaultProperties(Map.of("spring.main.log-startup-info", "false", "logging.level.root", "WARN",
                "logging.level.dev.policygraph", "INFO"));
        try (ConfigurableApplicationContext context = app.run()) {
            long t0 = System.nanoTime();
            List<Map<String, Object>> rows = new ArrayList<>(tasks.size());
            Map<String, Integer> positions = new HashMap<>();
            for (TaskText t : tasks) {
                rows.add(Map.of("document", t.document(), "id", t.id(), "title", t.title(), "text", t.text(),
                        "position", positions.merge(t.document(), 1, Integer::sum)));
            }
            BenchTasks.write(context, rows);
            System.out.printf(Locale.ROOT, "wrote %d tasks in %.1f s%n", tasks.size(), (System.nanoTime() - t0) / 1e9);

            SimilarTasks similar = context.getBean(SimilarTasks.class);
            long t1 = System.nanoTime();
            long c1 = cpu();
            similar.start();
            double full = (System.nanoTime() - t1) / 1e9;
            double fullCpu = (cpu() - c1) / 1e9;
            Runtime rt = Runtime.getRuntime();
            System.out.printf(Locale.ROOT, "FULL: index + SAME_MEASURE + measures for %d tasks: %.1f s wall, "
                            + "%.1f s CPU (load average %.1f, heap in use %d MB); graph: %s%n", similar.indexed(), full, fullCpu,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    (rt.totalMemory() - rt.freeMemory()) >> 20, BenchTasks.counts(context));

            List<Map<String, Object>> sample = new ArrayList<>();
            for (int i = 0; i + 1 < tasks.size() && sample.size() < 10_000; i += 2) {
                sample.add(Map.of("a", tasks.get(i).id(), "b", tasks.get(i + 1).id(), "score", 0.5, "kind", "OVERLAP",
                        "reciprocal", false));
            }
            System.out.print("PROFILE of same-measure-create-new: " + BenchTasks.profileLinks(context, sample));

            DocumentLoader loader = context.getBean(DocumentLoader.class);
            GraphWriter writer = context.getBean(GraphWriter.class);
            byte[] plan = Files.readAllBytes(Path.of("seeds").resolve(seed()));
            for (String step : List.of("ingest", "replace", "delete")) {
                long s = System.nanoTime();
                long c = cpu();
                if (step.equals("delete")) {
                    writer.delete(List.of(seed().replace(".txt", "")));
                } else {
                    byte[] bytes = step.equals("ingest") ? plan
                            : (new String(plan, java.nio.charset.StandardCharsets.UTF_8) + "\n")
                                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    loader.load(List.of(new Source(seed(), bytes)));
                }
                System.out.printf(Locale.ROOT, "INCREMENTAL: %s %s with %d tasks in the graph: %.2f s wall, %.2f s "
                                + "CPU (load average %.1f); graph: %s%n", step, seed(), similar.indexed(),
                        (System.nanoTime() - s) / 1e9, (cpu() - c) / 1e9,
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                        BenchTasks.counts(context));
            }
        } finally {
            try (var files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /**
     * The computation alone, without Neo4j, as {@link SimilarTasks} does it at start: index, every pair, reciprocal
     * marks, kept links and measures ({@code MeasureRule.linksAndMeasures}); with checksums of the pairs, links and
     * measures, to compare two versions of the code.
     */
    private static void memory(List<TaskText> tasks, int rounds) {
        for (int round = 1; round <= rounds; round++) {
            System.gc();
            long t0 = System.nanoTime();
            long c0 = cpu();
            dev.policygraph.analysis.similarity.TaskIndex index = new dev.policygraph.analysis.similarity.TaskIndex();
            index.addAll(tasks);
            long t1 = System.nanoTime();
            long c1 = cpu();
            var table = index.allPairTable();
            long t2 = System.nanoTime();
            long c2 = cpu();
            var computed = dev.policygraph.analysis.measures.MeasureRule.linksAndMeasures(table);
            long t3 = System.nanoTime();
            long c3 = cpu();
            var links = computed.links();
            var groups = computed.measures();
            var pairs = table.asList();
            int largest = groups.stream().mapToInt(g -> g.tasks().size()).max().orElse(0);
            long members = groups.stream().mapToLong(g -> g.tasks().size()).sum();
            long reciprocal = links.stream().filter(dev.policygraph.analysis.measures.Link::reciprocal).count();
            Runtime rt = Runtime.getRuntime();
            System.out.printf(Locale.ROOT, "MEMORY round %d, %d tasks (wall / CPU): index %.1f / %.1f s, pairs %.1f / %.1f s, "
                            + "reciprocal marks, kept links and measures %.1f / %.1f s, total %.1f s wall, %.1f s CPU "
                            + "(load average %.1f, heap "
                            + "in use %d MB); "
                            + "%d pairs, %d links kept (%d reciprocal), %d measures holding %d tasks, largest %d%n",
                    round, tasks.size(), (t1 - t0) / 1e9, (c1 - c0) / 1e9, (t2 - t1) / 1e9, (c2 - c1) / 1e9,
                    (t3 - t2) / 1e9, (c3 - c2) / 1e9, (t3 - t0) / 1e9, (c3 - c0) / 1e9,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    (rt.totalMemory() - rt.freeMemory()) >> 20, pairs.size(), links.size(), reciprocal, groups.size(),
                    members,
                    largest);
            System.out.printf(Locale.ROOT, "MEMORY round %d checksums (SHA-256, first 16 hex digits): pairs %s, "
                    + "links %s, measures %s%n", round, checksum(pairs), checksum(links), checksum(groups));
        }
    }

    /**
     * A digest of a list of records in its order (their toString: every field, scores as Java prints doubles), so
     * that two versions of the computation can be compared on their outputs.
     */
    private static String checksum(List<?> items) {
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            for (Object o : items) {
                digest.update(o.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
            return java.util.HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** CPU time of this process (all its threads, the database's included), in nanoseconds. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String seed() throws Exception {
        try (var files = Files.list(Path.of("seeds"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("003")).findFirst()
                    .orElseThrow();
        }
    }

    /** The generator of OverlapBenchmark, which keeps it private (the benchmark of the similarity engine). */
    @SuppressWarnings("unchecked")
    private static List<TaskText> generate(int total) throws Exception {
        var constructor = OverlapBenchmark.class.getDeclaredConstructor();
        constructor.setAccessible(true);
        OverlapBenchmark bench = constructor.newInstance();
        Method read = OverlapBenchmark.class.getDeclaredMethod("readSources", List.class);
        read.setAccessible(true);
        read.invoke(bench, List.of(Path.of("seeds"), Path.of("../shared/corpus"),
                Path.of("src/test/resources/overlap/corpus")));
        Method generate = OverlapBenchmark.class.getDeclaredMethod("generate", int.class);
        generate.setAccessible(true);
        return (List<TaskText>) generate.invoke(bench, total);
    }
}
