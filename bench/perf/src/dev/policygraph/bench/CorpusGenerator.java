package dev.policygraph.bench;

import dev.policygraph.ingest.DocumentParser;
import dev.policygraph.ingest.ParseException;
import dev.policygraph.ingest.ParsedDocument;
import dev.policygraph.region.Division;
import dev.policygraph.region.RegionHierarchy;
import dev.policygraph.region.RegionLevel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a corpus of plan files for the benchmarks: {@code CorpusGenerator TASKS DIR [SEED]}.
 *
 * <p>Every generated plan is a real plan of seeds/, ../shared/corpus or src/test/resources/plans (the template) with
 * its layout kept line for line, so that the parser reads it as it reads the real one: the same headings and
 * numbering, tables (tab-separated or one cell per line), responsibility clauses and targets. What changes is what
 * differs between the plans of two places: the template's region names become another prefecture's, county's or
 * province's (so its units are other units), the document number, a share of the titles and sentences (drawn from
 * all templates), synonyms (推进/推动 …) and the numbers of targets. Besides, 3% of the plans are an earlier plan saved
 * again with other line ends and spacing (the same wording: a duplicate by text) and 2% an earlier plan under another
 * title and number (the same tasks: a duplicate by tasks). National plans are 3% of the templates drawn.
 * The task count of a plan is its template's (the parse of every written file is checked with --check).
 */
public final class CorpusGenerator {

    private static final String[][] SYNONYMS = {{"推进", "推动"}, {"加强", "强化"}, {"完善", "健全"}, {"提升", "提高"},
        {"建设", "建立"}, {"深化", "深入推进"}, {"支持", "鼓励"}, {"全面", "大力"}, {"加快", "着力"}, {"优化", "改善"}};
    /** Text that belongs to a clause, a reference or a heading: sentences holding it are never replaced. */
    private static final Pattern PROTECTED = Pattern.compile(
            "牵头|负责|配合|责任|单位|部门|时限|[(（:：〔《附\t|]|局|委|办|政府|人民|\\d{4}年\\d");
    private static final Pattern NUMBERED = Pattern.compile(
            "^\\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|\\d{1,3}[.、．](?!\\d)|[（(]\\d{1,3}[）)]|[①-⑳])");
    private static final Pattern DOC_NUMBER = Pattern.compile("〔((?:19|20)\\d{2})〕(\\d{1,4})号");
    private static final Pattern DIGITS = Pattern.compile("\\d+(?:\\.\\d+)?");

    record Template(String file, String text, int tasks, String region, RegionLevel level, List<String> names) {
    }

    private final List<Template> local = new ArrayList<>();
    private final List<Template> national = new ArrayList<>();
    private final List<String> sentences = new ArrayList<>();
    private final List<String> titles = new ArrayList<>();
    private final List<Division> prefectures = new ArrayList<>();
    private final List<Division> counties = new ArrayList<>();
    private final List<Division> provinces = new ArrayList<>();
    private final RegionHierarchy regions = RegionHierarchy.standard();

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: CorpusGenerator TASKS DIR [SEED] [--check]");
            System.exit(2);
        }
        long target = Long.parseLong(args[0].replace("k", "000"));
        Path out = Path.of(args[1]);
        long seed = args.length > 2 && !args[2].startsWith("--") ? Long.parseLong(args[2]) : 20261125L;
        boolean check = List.of(args).contains("--check");
        CorpusGenerator g = new CorpusGenerator();
        g.readTemplates(List.of(Path.of("seeds"), Path.of("../shared/corpus"), Path.of("src/test/resources/plans/real"),
                Path.of("src/test/resources/plans/family")));
        Files.createDirectories(out);
        try (Stream<Path> old = Files.list(out)) {
            for (Path p : old.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.delete(p);
            }
        }
        long[] written = g.generate(target, out, new Random(seed));
        System.out.printf(Locale.ROOT, "%d plans, %d tasks (by template), %.1f MB in %s%n", written[0], written[1],
                written[2] / 1e6, out);
        if (check) {
            check(out);
        }
    }

    /** Parses every written file: all must parse; prints the task count the parser finds. */
    private static void check(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        DocumentParser parser = new DocumentParser();
        AtomicLong tasks = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        files.parallelStream().forEach(p -> {
            try {
                tasks.addAndGet(parser.parse(p.getFileName().toString(), Files.readAllBytes(p)).tasks().size());
            } catch (IOException | ParseException e) {
                failed.incrementAndGet();
                System.err.println("check: " + e.getMessage());
            }
        });
        System.out.printf(Locale.ROOT, "check: %d files parsed, %d tasks, %d failed%n", files.size(), tasks.get(),
                failed.get());
    }

    private void readTemplates(List<Path> dirs) throws IOException {
        DocumentParser parser = new DocumentParser();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> s = Files.list(dir)) {
                files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            for (Path f : files) {
                byte[] bytes = Files.readAllBytes(f);
                ParsedDocument d = parser.parse(f.getFileName().toString(), bytes);
                String text = new String(bytes, StandardCharsets.UTF_8);
                String region = d.meta().regionName();
                Division division = region == null ? null : regions.resolve(region).orElse(null);
                if (division == null || division.level() == RegionLevel.COUNTRY) {
                    national.add(new Template(f.getFileName().toString(), text, d.tasks().size(), "全国",
                            RegionLevel.COUNTRY, List.of()));
                } else {
                    local.add(new Template(f.getFileName().toString(), text, d.tasks().size(), region,
                            division.level(), names(division)));
                }
                d.tasks().forEach(t -> {
                    if (t.title().length() >= 4 && t.title().length() <= 30 && !PROTECTED.matcher(t.title()).find()) {
                        titles.add(t.title());
                    }
                });
                for (String line : text.split("\n")) {
                    for (String s : sentencesOf(line)) {
                        if (s.length() >= 10 && s.length() <= 160 && s.endsWith("。") && !PROTECTED.matcher(s).find()) {
                            sentences.add(s);
                        }
                    }
                }
            }
        }
        for (Division d : regions.divisions()) {
            switch (d.level()) {
                case PREFECTURE -> prefectures.add(d);
                case COUNTY -> counties.add(d);
                case PROVINCE -> provinces.add(d);
                default -> { }
            }
        }
        System.out.printf(Locale.ROOT, "templates: %d local, %d national; %d sentences, %d titles%n", local.size(),
                national.size(), sentences.size(), titles.size());
    }

    /** The names of a division and those above it, longest first: 重庆市南岸区 → 南岸区, 南岸, 重庆市, 重庆. */
    private List<String> names(Division d) {
        List<String> out = new ArrayList<>();
        for (Division x : regions.chain(d)) {
            if (x.level() == RegionLevel.COUNTRY) {
                continue;
            }
            out.add(x.name());
            String bare = bare(x.name());
            if (bare.length() >= 2 && !bare.equals(x.name())) {
                out.add(bare);
            }
        }
        out.sort((a, b) -> b.length() - a.length());
        return out;
    }

    private static String bare(String name) {
        return name.replaceAll("(?:市|省|区|县|旗|地区|盟|自治州|壮族自治区|回族自治区|维吾尔自治区|自治区)$", "");
    }

    /** Plans until the task count reaches {@code target}: plans, tasks, bytes written. */
    private long[] generate(long target, Path out, Random random) throws IOException {
        List<String> done = new ArrayList<>();
        long tasks = 0;
        long bytes = 0;
        List<Integer> doneTasks = new ArrayList<>();
        while (tasks < target) {
            int n = done.size();
            double mode = random.nextDouble();
            String text;
            int count;
            if (n > 10 && mode < 0.03) {
                int k = random.nextInt(n);
                text = savedAgain(done.get(k), random);
                count = doneTasks.get(k);
            } else if (n > 10 && mode < 0.05) {
                int k = random.nextInt(n);
                text = retitled(done.get(k), random);
                count = doneTasks.get(k);
            } else {
                Template t = random.nextDouble() < 0.03 ? national.get(random.nextInt(national.size()))
                        : local.get(random.nextInt(local.size()));
                text = variant(t, random);
                count = t.tasks();
            }
            String name = String.format(Locale.ROOT, "p%06d.txt", n);
            byte[] b = text.getBytes(StandardCharsets.UTF_8);
            Files.write(out.resolve(name), b);
            done.add(text);
            doneTasks.add(count);
            tasks += count;
            bytes += b.length;
        }
        return new long[] {done.size(), tasks, bytes};
    }

    /** The template as another place's plan. */
    private String variant(Template t, Random random) {
        Map<String, String> rename = rename(t, random);
        Map<String, String> numbers = new HashMap<>();
        boolean[] swap = new boolean[SYNONYMS.length];
        for (int i = 0; i < swap.length; i++) {
            swap[i] = random.nextDouble() < 0.5;
        }
        StringBuilder b = new StringBuilder(t.text().length() + 256);
        for (String line : t.text().split("\n", -1)) {
            String l = line;
            for (Map.Entry<String, String> e : rename.entrySet()) {
                l = l.replace(e.getKey(), e.getValue());
            }
            Matcher dn = DOC_NUMBER.matcher(l);
            StringBuilder withNumber = new StringBuilder();
            while (dn.find()) {
                String replacement = numbers.computeIfAbsent(dn.group(), k -> "〔" + (2019 + random.nextInt(7)) + "〕"
                        + (1 + random.nextInt(300)) + "号");
                dn.appendReplacement(withNumber, Matcher.quoteReplacement(replacement));
            }
            dn.appendTail(withNumber);
            l = withNumber.toString();
            if (l.indexOf('\t') < 0 && l.length() >= 8) {
                l = sentencesReplaced(l, rename, random);
            }
            for (int i = 0; i < swap.length; i++) {
                if (swap[i]) {
                    l = l.replace(SYNONYMS[i][0], SYNONYMS[i][1]);
                }
            }
            b.append(l).append('\n');
        }
        b.setLength(b.length() - 1);
        return b.toString();
    }

    /** The template's region names mapped to a random division of the same level (none for national plans). */
    private Map<String, String> rename(Template t, Random random) {
        Map<String, String> out = new LinkedHashMap<>();
        if (t.level() == RegionLevel.COUNTRY) {
            return out;
        }
        List<Division> pool = switch (t.level()) {
            case PROVINCE -> provinces;
            case PREFECTURE -> prefectures;
            default -> counties;
        };
        Division to = pool.get(random.nextInt(pool.size()));
        List<String> target = names(to);
        Division from = regions.resolve(t.region()).orElseThrow();
        List<Division> fromChain = regions.chain(from);
        List<Division> toChain = regions.chain(to);
        // pair the levels: county with county, prefecture with prefecture, province with province
        Map<RegionLevel, Division> toByLevel = new HashMap<>();
        toChain.forEach(d -> toByLevel.put(d.level(), d));
        List<String[]> pairs = new ArrayList<>();
        for (Division f : fromChain) {
            Division x = toByLevel.get(f.level());
            if (x == null || f.level() == RegionLevel.COUNTRY) {
                continue;
            }
            pairs.add(new String[] {f.name(), x.name()});
            String fb = bare(f.name());
            String xb = bare(x.name());
            if (fb.length() >= 2 && !fb.equals(f.name()) && xb.length() >= 2) {
                pairs.add(new String[] {fb, xb});
            }
        }
        pairs.sort((a, b) -> b[0].length() - a[0].length());
        pairs.forEach(p -> out.putIfAbsent(p[0], p[1]));
        return target.isEmpty() ? Map.of() : out;
    }

    /** A line with some sentences (and its title) replaced by others of the templates, and numbers changed. */
    private String sentencesReplaced(String line, Map<String, String> rename, Random random) {
        boolean numbered = NUMBERED.matcher(line).find();
        List<String> parts = sentencesOf(line);
        StringBuilder b = new StringBuilder(line.length() + 32);
        for (int i = 0; i < parts.size(); i++) {
            String s = parts.get(i);
            boolean free = s.endsWith("。") && s.length() >= 8 && !PROTECTED.matcher(s).find();
            if (i == 0 && numbered) {
                Matcher m = NUMBERED.matcher(s);
                if (m.find() && free && random.nextDouble() < 0.3) {
                    s = s.substring(0, m.end()) + titles.get(random.nextInt(titles.size())) + "。";
                }
            } else if (free && random.nextDouble() < 0.35) {
                s = sentences.get(random.nextInt(sentences.size()));
                for (Map.Entry<String, String> e : rename.entrySet()) {
                    s = s.replace(e.getKey(), e.getValue());
                }
            } else if (free) {
                s = numbersChanged(s, random);
            }
            b.append(s);
        }
        return b.toString();
    }

    /** Numbers of a sentence changed (not years): 95% → 91%, 30所 → 17所. */
    private static String numbersChanged(String s, Random random) {
        Matcher m = DIGITS.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String d = m.group();
            boolean year = d.length() == 4 && (d.startsWith("19") || d.startsWith("20"));
            String r = d;
            if (!year && !d.contains(".") && random.nextBoolean()) {
                int digits = d.length();
                int low = digits == 1 ? 1 : (int) Math.pow(10, digits - 1);
                int high = (int) Math.pow(10, digits);
                int v = low + random.nextInt(high - low);
                if (m.end() < s.length() && s.charAt(m.end()) == '%') {
                    v = Math.min(v, 99);
                }
                r = String.valueOf(v);
            }
            m.appendReplacement(b, r);
        }
        m.appendTail(b);
        return b.toString();
    }

    /** Sentences of a line, each with its final 。 (the last may have none). */
    private static List<String> sentencesOf(String line) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '。') {
                out.add(line.substring(from, i + 1));
                from = i + 1;
            }
        }
        if (from < line.length()) {
            out.add(line.substring(from));
        }
        return out;
    }

    /** The same plan saved again: Windows line ends, spaces after some full stops. The wording is the same. */
    private static String savedAgain(String text, Random random) {
        StringBuilder b = new StringBuilder(text.length() + 1024);
        for (String line : text.split("\n", -1)) {
            b.append(random.nextInt(4) == 0 ? line.replace("。", "。 ") : line).append("\r\n");
        }
        return b.toString();
    }

    /** The same plan printed under another title and document number: the same tasks. */
    private static String retitled(String text, Random random) {
        String t = DOC_NUMBER.matcher(text).replaceAll("〔" + (2019 + random.nextInt(7)) + "〕" + (301 + random.nextInt(600))
                + "号");
        return t.replaceFirst("(实施方案|行动方案|实施意见|工作方案|行动计划|分工方案|考评办法|若干措施|工作要点)", "$1(修订)");
    }
}
