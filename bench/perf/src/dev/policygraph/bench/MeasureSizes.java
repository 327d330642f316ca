package dev.policygraph.bench;

import dev.policygraph.analysis.measures.Link;
import dev.policygraph.analysis.measures.MeasureGroup;
import dev.policygraph.analysis.measures.MeasureRule;
import dev.policygraph.analysis.similarity.PairTable;
import dev.policygraph.analysis.similarity.SimilarPair;
import dev.policygraph.analysis.similarity.TaskIndex;
import dev.policygraph.analysis.similarity.TaskText;
import dev.policygraph.ingest.DocumentParser;
import dev.policygraph.ingest.ParsedDocument;
import dev.policygraph.ingest.ParsedTask;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Sizes of the measures of a generated corpus, without a database: {@code MeasureSizes DIR [scratch|incremental]
 * [BATCH_TASKS]}. Parses the plans of DIR (CorpusGenerator's output) as the loader does (task ids document/key, kind
 * task only) and groups them by the rule of the classes on the class path:
 * <ul>
 *   <li>{@code scratch}: what a start with a new {@code SimilarTasks.VERSION} computes ({@code TaskIndex.allPairTable},
 *   {@code MeasureRule.linksAndMeasures});</li>
 *   <li>{@code incremental}: what an ingest of the files in batches of about BATCH_TASKS tasks (default 5,000, the
 *   loader's) computes, batch by batch as {@code SimilarTasks.afterWrite} and {@code regroup} do for new documents
 *   (the pairs of the batch's documents, kept with the stored links of their partners, grouped with the standing
 *   measures they reach).</li>
 * </ul>
 * Prints the number of measures, the tasks they hold, the five largest (tasks, documents, most tasks of one document)
 * and a checksum of the measures, so that two versions of the rule can be compared on one corpus.
 */
public final class MeasureSizes {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String mode = args.length > 1 ? args[1] : "scratch";
        int batchTasks = args.length > 2 ? Integer.parseInt(args[2]) : 5_000;
        long start = System.nanoTime();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        ThreadLocal<DocumentParser> parser = ThreadLocal.withInitial(DocumentParser::new);
        List<List<TaskText>> documents = files.parallelStream().map(f -> texts(parser.get(), f)).toList();
        Map<String, String> documentOf = new HashMap<>();
        documents.forEach(d -> d.forEach(t -> documentOf.put(t.id(), t.document())));
        System.out.printf(Locale.ROOT, "%d plans, %d tasks, parsed in %.1f s%n", files.size(), documentOf.size(),
                seconds(start));
        List<MeasureGroup> measures = mode.equals("incremental") ? incremental(documents, batchTasks)
                : scratch(documents);
        report(measures, documentOf);
        System.out.printf(Locale.ROOT, "total %.1f s%n", seconds(start));
    }

    private static List<MeasureGroup> scratch(List<List<TaskText>> documents) {
        long start = System.nanoTime();
        TaskIndex index = new TaskIndex();
        documents.forEach(index::addAll);
        PairTable pairs = index.allPairTable();
        System.out.printf(Locale.ROOT, "%d pairs in %.1f s%n", pairs.size(), seconds(start));
        start = System.nanoTime();
        MeasureRule.Computed computed = MeasureRule.linksAndMeasures(pairs);
        System.out.printf(Locale.ROOT, "%d links kept, %d measures in %.1f s%n", computed.links().size(),
                computed.measures().size(), seconds(start));
        strongLinks(computed.links());
        return computed.measures();
    }

    /** SimilarTasks.afterWrite and regroup for documents written in batches, nothing removed. */
    private static List<MeasureGroup> incremental(List<List<TaskText>> documents, int batchTasks) {
        long start = System.nanoTime();
        TaskIndex index = new TaskIndex();
        Map<String, String> documentOf = new HashMap<>();
        Map<String, List<Link>> linksOf = new HashMap<>();
        Map<String, MeasureGroup> measureOf = new HashMap<>();
        List<Link> allLinks = new ArrayList<>();
        int batches = 0;
        for (int from = 0; from < documents.size(); ) {
            int to = from;
            int tasks = 0;
            while (to < documents.size() && (to == from || tasks + documents.get(to).size() <= batchTasks)) {
                tasks += documents.get(to).size();
                to++;
            }
            List<List<TaskText>> batch = documents.subList(from, to);
            Set<String> seeds = new LinkedHashSet<>();
            for (List<TaskText> d : batch) {
                d.forEach(t -> {
                    documentOf.put(t.id(), t.document());
                    seeds.add(t.id());
                });
                index.addAll(d);
            }
            Map<String, SimilarPair> pairs = new LinkedHashMap<>();
            for (List<TaskText> d : batch) {
                if (!d.isEmpty()) {
                    for (SimilarPair p : index.pairsOf(d.get(0).document())) {
                        pairs.putIfAbsent(p.a() + "\n" + p.b(), p);
                    }
                }
            }
            Set<Link> stored = new LinkedHashSet<>();
            for (SimilarPair p : pairs.values()) {
                for (String t : List.of(p.a(), p.b())) {
                    if (!seeds.contains(t)) {
                        stored.addAll(linksOf.getOrDefault(t, List.of()));
                    }
                }
            }
            List<Link> created = MeasureRule.kept(MeasureRule.links(pairs.values(), documentOf::get),
                    List.copyOf(stored));
            for (Link l : created) {
                linksOf.computeIfAbsent(l.a(), k -> new ArrayList<>()).add(l);
                linksOf.computeIfAbsent(l.b(), k -> new ArrayList<>()).add(l);
            }
            allLinks.addAll(created);
            Map<String, MeasureGroup> standing = new LinkedHashMap<>();
            for (Link l : created) {
                if (MeasureRule.strong(l)) {
                    for (String t : List.of(l.a(), l.b())) {
                        MeasureGroup m = seeds.contains(t) ? null : measureOf.get(t);
                        if (m != null) {
                            standing.put(m.id(), m);
                        }
                    }
                }
            }
            for (MeasureGroup m : standing.values()) {
                m.tasks().forEach(measureOf::remove);
            }
            for (MeasureGroup m : MeasureRule.group(created, standing.values(), documentOf::get)) {
                m.tasks().forEach(t -> measureOf.put(t, m));
            }
            batches++;
            from = to;
            if (batches % 5 == 0 || from == documents.size()) {
                int largest = measureOf.values().stream().mapToInt(m -> m.tasks().size()).max().orElse(0);
                System.out.printf(Locale.ROOT, "batch %d: %d documents, %d tasks, %d links, largest measure %d, "
                        + "%.1f s%n", batches, from, documentOf.size(), allLinks.size(), largest, seconds(start));
            }
        }
        strongLinks(allLinks);
        Map<String, MeasureGroup> distinct = new HashMap<>();
        measureOf.values().forEach(m -> distinct.put(m.id(), m));
        return distinct.values().stream().sorted(Comparator.comparing(MeasureGroup::id)).toList();
    }

    private static void strongLinks(List<Link> links) {
        long inside = 0;
        long duplicates = 0;
        long overlaps = 0;
        for (Link l : links) {
            if (l.sameDocument()) {
                inside++;
            } else if (MeasureRule.strong(l)) {
                if (l.kind() == dev.policygraph.analysis.similarity.PairKind.DUPLICATE) {
                    duplicates++;
                } else {
                    overlaps++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "strong links: %d inside one document, %d duplicates and %d reciprocal overlaps "
                + "across documents%n", inside, duplicates, overlaps);
    }

    private static void report(List<MeasureGroup> measures, Map<String, String> documentOf) throws Exception {
        long tasks = measures.stream().mapToLong(m -> m.tasks().size()).sum();
        System.out.printf(Locale.ROOT, "%d measures holding %d tasks; over 100 tasks: %d, over 1,000: %d%n",
                measures.size(), tasks, measures.stream().filter(m -> m.tasks().size() > 100).count(),
                measures.stream().filter(m -> m.tasks().size() > 1000).count());
        List<MeasureGroup> largest = measures.stream()
                .sorted(Comparator.comparingInt((MeasureGroup m) -> m.tasks().size()).reversed()).limit(5).toList();
        for (MeasureGroup m : largest) {
            Map<String, Integer> perDocument = new HashMap<>();
            m.tasks().forEach(t -> perDocument.merge(documentOf.get(t), 1, Integer::sum));
            System.out.printf(Locale.ROOT, "  %s (%s): %d tasks, %d documents, at most %d of one document%n", m.id(),
                    m.kind(), m.tasks().size(), m.documentCount(),
                    perDocument.values().stream().mapToInt(Integer::intValue).max().orElse(0));
        }
        int[] bounds = {2, 3, 5, 10, 20, 50, 100, 101, 200, 500, 1000, 10_000, Integer.MAX_VALUE};
        StringBuilder histogram = new StringBuilder("sizes:");
        for (int k = 0; k + 1 < bounds.length; k++) {
            int lo = bounds[k];
            int hi = bounds[k + 1];
            long n = measures.stream().filter(m -> m.tasks().size() >= lo && m.tasks().size() < hi).count();
            histogram.append(String.format(Locale.ROOT, " [%d,%s) %d", lo, hi == Integer.MAX_VALUE ? "" : hi, n));
        }
        System.out.println(histogram);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (MeasureGroup m : measures) {
            sha.update((m.id() + "|" + m.kind() + "|" + String.join(",", m.tasks()) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        System.out.printf("measures checksum %s%n", java.util.HexFormat.of().formatHex(sha.digest()).substring(0, 16));
    }

    /** The tasks of kind task of a plan as the loader writes them: ids document/key (~n when a key repeats). */
    private static List<TaskText> texts(DocumentParser parser, Path file) {
        try {
            ParsedDocument d = parser.parse(file.getFileName().toString(), Files.readAllBytes(file));
            String name = d.file();
            int dot = name.lastIndexOf('.');
            String document = dot > 0 ? name.substring(0, dot) : name;
            List<TaskText> out = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < d.tasks().size(); i++) {
                ParsedTask t = d.tasks().get(i);
                String id = document + "/" + t.key();
                if (!ids.add(id)) {
                    id = id + "~" + (i + 1);
                    ids.add(id);
                }
                if (t.kind().equals("task")) {
                    out.add(new TaskText(id, document, t.title(), t.text()));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
