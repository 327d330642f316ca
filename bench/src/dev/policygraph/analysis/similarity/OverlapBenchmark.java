package dev.policygraph.analysis.similarity;

import dev.policygraph.ingest.DocumentParser;
import dev.policygraph.ingest.ParsedDocument;
import dev.policygraph.ingest.ParsedTask;
import dev.policygraph.region.Division;
import dev.policygraph.region.RegionHierarchy;
import dev.policygraph.region.RegionLevel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Candidate generation and scoring end to end on generated tasks: {@code bench/run-overlaps.sh [TASKS [ROUNDS]]}.
 *
 * <p>The generator writes plans of 10 to 40 tasks for random prefectures and counties. A task is a heading and two
 * to five sentences drawn from the tasks of the seeds and of the corpus, each perturbed the way plans differ from
 * each other: the source region's name replaced by the plan's own, numbers changed, synonyms swapped (推进/推动,
 * 加强/强化 …), a clause dropped. Besides, 3% of the plans are another plan printed again (the PDF of a web page:
 * other spacing and punctuation) and a quarter of the tasks of county plans restate a task of an earlier plan with
 * the county's name (a cascade). The figure is the wall time of indexing plus {@link TaskIndex#allPairs()}.
 * A recall check compares the index with scoring every pair, on a sample of tasks against a smaller collection.
 */
public final class OverlapBenchmark {

    private static final String[][] SYNONYMS = {{"推进", "推动"}, {"加强", "强化"}, {"完善", "健全"}, {"提升", "提高"},
        {"建设", "建立"}, {"深化", "深入推进"}, {"支持", "鼓励"}, {"全面", "大力"}, {"加快", "着力"}, {"优化", "改善"}};
    private static final String[] SOURCE_REGIONS = {"攀枝花", "保山", "衢州", "南岸", "重庆", "浙江", "云南", "四川", "柯城",
        "江山", "常山", "郑州", "西安", "平潭", "成都", "昆明"};

    private final Random random = new Random(20261125L);
    private final List<String> sentences = new ArrayList<>();
    private final List<String> headings = new ArrayList<>();
    private final List<String> clauses = new ArrayList<>();
    private final List<String> places = new ArrayList<>();
    private final List<String> counties = new ArrayList<>();

    /** Arguments: number of tasks (250000), rounds (2); a third argument 'norecall' skips the recall check. */
    public static void main(String[] args) throws IOException {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 250_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        OverlapBenchmark bench = new OverlapBenchmark();
        bench.readSources(List.of(Path.of("seeds"), Path.of("../shared/corpus"), Path.of("src/test/resources/overlap/corpus")));
        System.out.printf(Locale.ROOT, "sources: %d sentences, %d clauses, %d headings, %d places%n",
                bench.sentences.size(), bench.clauses.size(), bench.headings.size(), bench.places.size());

        List<TaskText> tasks = bench.generate(total);
        long chars = tasks.stream().mapToLong(t -> t.text().length()).sum();
        System.out.printf(Locale.ROOT, "generated %d tasks in %d plans, %.0f characters a task%n", tasks.size(),
                tasks.stream().map(TaskText::document).distinct().count(), (double) chars / tasks.size());

        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (int round = 1; round <= rounds; round++) {
            System.gc();
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            TaskIndex index = new TaskIndex();
            index.addAll(tasks);
            long t1 = System.nanoTime();
            List<SimilarPair> pairs = index.allPairs();
            long t2 = System.nanoTime();
            long duplicates = pairs.stream().filter(p -> p.kind() == PairKind.DUPLICATE).count();
            Runtime rt = Runtime.getRuntime();
            double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
            System.out.printf(Locale.ROOT, "round %d: index %.1f s, pairs %.1f s, total %.1f s wall, %.1f s CPU on %d"
                            + " cores (load average %.1f); %d pairs (%d duplicate, %d overlap); heap in use %d MB%n",
                    round, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t2 - t0) / 1e9, cpu, rt.availableProcessors(),
                    os.getSystemLoadAverage(), pairs.size(), duplicates, pairs.size() - duplicates,
                    (rt.totalMemory() - rt.freeMemory()) >> 20);
        }
        if (args.length < 3 || !args[2].equals("norecall")) {
            bench.recall(tasks.subList(0, Math.min(tasks.size(), 20_000)), 200);
        }
    }

    /**
     * Recall of the index against scoring every pair of a sample of tasks with the whole collection: of the
     * duplicates, and of each sampled task's ten strongest partners (the index keeps at most
     * {@link TaskIndex#CANDIDATES} a task, so recall of every pair above the threshold is not the question).
     */
    private void recall(List<TaskText> collection, int samples) {
        TaskIndex index = new TaskIndex();
        index.addAll(collection);
        Set<String> found = new HashSet<>();
        for (SimilarPair p : index.allPairs()) {
            found.add(p.a() + "|" + p.b());
        }
        int duplicates = 0;
        int duplicatesFound = 0;
        int strongest = 0;
        int strongestFound = 0;
        for (int s = 0; s < samples; s++) {
            TaskText q = collection.get(random.nextInt(collection.size()));
            List<Object[]> positives = new ArrayList<>();
            for (TaskText other : collection) {
                if (other == q || other.document().equals(q.document())) {
                    continue; // pairs inside a plan are few and need the twin rule; across plans is the question
                }
                PairFeatures f = index.features(q.id(), other.id());
                PairKind kind = Judge.kind(f);
                if (kind != null) {
                    String key = q.id().compareTo(other.id()) < 0 ? q.id() + "|" + other.id() : other.id() + "|" + q.id();
                    positives.add(new Object[] {key, kind, Judge.score(f, kind)});
                }
            }
            for (Object[] p : positives) {
                if (p[1] == PairKind.DUPLICATE) {
                    duplicates++;
                    duplicatesFound += found.contains((String) p[0]) ? 1 : 0;
                }
            }
            positives.sort((x, y) -> Double.compare((Double) y[2], (Double) x[2]));
            for (Object[] p : positives.subList(0, Math.min(10, positives.size()))) {
                strongest++;
                strongestFound += found.contains((String) p[0]) ? 1 : 0;
            }
        }
        System.out.printf(Locale.ROOT, "candidate recall, %d sampled tasks against %d, scoring every pair as reference:"
                        + " duplicates %d/%d (%.3f), ten strongest partners %d/%d (%.3f)%n", samples, collection.size(),
                duplicatesFound, duplicates, duplicates == 0 ? 1.0 : (double) duplicatesFound / duplicates,
                strongestFound, strongest, strongest == 0 ? 1.0 : (double) strongestFound / strongest);
    }

    private void readSources(List<Path> dirs) throws IOException {
        DocumentParser parser = new DocumentParser();
        Set<String> seen = new HashSet<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> s = Files.list(dir)) {
                files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            for (Path f : files) {
                if (!seen.add(f.getFileName().toString())) {
                    continue;
                }
                ParsedDocument d = parser.parse(f.getFileName().toString(), Files.readAllBytes(f));
                for (ParsedTask t : d.tasks()) {
                    headings.add(t.title());
                    for (String s : t.text().replaceAll("\\s+", "").split("(?<=[。；])")) {
                        if (s.length() >= 12) {
                            sentences.add(s);
                        }
                    }
                }
                // paragraphs outside tasks read like tasks too: numbered items of the national plans
                for (String s : d.text().replaceAll("[ \\t]+", "").split("(?<=[。；])|\\n")) {
                    if (s.length() >= 20 && s.length() < 300) {
                        sentences.add(s.trim());
                    }
                }
            }
        }
        for (String s : sentences) {
            for (String c : s.split("(?<=[，；。：,;:])")) {
                if (c.length() >= 6) {
                    clauses.add(c);
                }
            }
        }
        for (Division d : RegionHierarchy.standard().divisions()) {
            if (d.level() == RegionLevel.PREFECTURE) {
                places.add(d.name());
            } else if (d.level() == RegionLevel.COUNTY) {
                counties.add(d.name());
            }
        }
    }

    private List<TaskText> generate(int total) {
        List<TaskText> out = new ArrayList<>(total);
        List<List<TaskText>> plans = new ArrayList<>();
        int planNo = 0;
        while (out.size() < total) {
            String plan = "plan" + (planNo++);
            List<TaskText> tasks = new ArrayList<>();
            if (!plans.isEmpty() && random.nextDouble() < 0.03) {
                for (TaskText t : plans.get(random.nextInt(plans.size()))) { // printed again: the PDF rendering
                    tasks.add(new TaskText(plan + "/" + tasks.size(), plan, t.title(), asPdf(t.text())));
                }
            } else {
                boolean county = random.nextDouble() < 0.4;
                String place = county ? pick(counties) : pick(places);
                int n = 10 + random.nextInt(31);
                for (int i = 0; i < n; i++) {
                    String title;
                    String text;
                    if (county && !plans.isEmpty() && random.nextDouble() < 0.25) { // restating a higher plan's task
                        List<TaskText> higher = plans.get(random.nextInt(plans.size()));
                        TaskText t = higher.get(random.nextInt(higher.size()));
                        title = t.title();
                        text = localise(t.text(), place);
                    } else {
                        title = perturb(pick(headings), place);
                        StringBuilder b = new StringBuilder(title).append('。');
                        int k = 2 + random.nextInt(4);
                        for (int j = 0; j < k; j++) {
                            b.append(random.nextBoolean() ? perturb(pick(sentences), place) : recombined(place));
                        }
                        text = b.toString();
                    }
                    tasks.add(new TaskText(plan + "/" + i, plan, title, text));
                }
            }
            plans.add(tasks);
            for (TaskText t : tasks) {
                if (out.size() < total) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** A sentence made of clauses of different source sentences. */
    private String recombined(String place) {
        StringBuilder b = new StringBuilder();
        int k = 2 + random.nextInt(3);
        for (int i = 0; i < k; i++) {
            String c = pick(clauses);
            b.append(c, 0, c.length() - 1).append(i == k - 1 ? '。' : ',');
        }
        return perturb(b.toString(), place);
    }

    private String perturb(String s, String place) {
        String r = localise(s, place);
        for (String[] pair : SYNONYMS) {
            if (random.nextDouble() < 0.3) {
                r = r.replace(pair[0], pair[1]);
            }
        }
        StringBuilder digits = new StringBuilder(r.length());
        for (int i = 0; i < r.length(); i++) {
            char c = r.charAt(i);
            digits.append(c >= '0' && c <= '9' && random.nextDouble() < 0.5 ? (char) ('0' + random.nextInt(10)) : c);
        }
        r = digits.toString();
        String[] clauses = r.split("(?<=[，,])");
        if (clauses.length > 2 && random.nextDouble() < 0.5) {
            int drop = random.nextInt(clauses.length - 1);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < clauses.length; i++) {
                if (i != drop) {
                    b.append(clauses[i]);
                }
            }
            r = b.toString();
        }
        return r;
    }

    private static String localise(String s, String place) {
        String bare = place.replaceFirst("(市|区|县|旗)$", "");
        String r = s;
        for (String source : SOURCE_REGIONS) {
            r = r.replace(source, bare);
        }
        return r;
    }

    private static String asPdf(String text) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            b.append(c == '，' ? ',' : c == '（' ? '(' : c == '）' ? ')' : c);
            if (i % 31 == 30) {
                b.append(" \n ");
            }
        }
        return b.toString();
    }

    private String pick(List<String> list) {
        return list.get(random.nextInt(list.size()));
    }
}
