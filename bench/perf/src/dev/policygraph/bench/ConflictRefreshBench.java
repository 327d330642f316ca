package dev.policygraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.summary.ProfiledPlan;

/**
 * The refresh of the stored ownership conflicts on the write path, through Bolt against a running server:
 * {@code ConflictRefreshBench BOLT_URL PASSWORD BEFORE_DIR AFTER_DIR [PLANS] [ROUNDS]}. BEFORE_DIR and AFTER_DIR hold
 * the cypher/ folder of two versions (e.g. {@code git archive f13e428 cypher | tar -x -C before}). For the first PLANS
 * documents by id (a write batch's worth; default 270), each round runs, interleaved, in a transaction that is rolled
 * back (the database is left as it was):
 * <ul>
 *   <li>before: the measures of those documents' tasks (read/conflict-measures) and their conflicts stored again
 *   whole (write/conflicts-refresh);</li>
 *   <li>after: the groups of those tasks (read/conflict-groups: measure and region, or plan without one) and those
 *   groups stored again (write/conflicts-refresh with $groups), grouped by region or plan as OwnershipConflicts
 *   does.</li>
 * </ul>
 * Each prints the milliseconds of the read and of the refresh, and checks that the stored conflicts read in the
 * transaction afterwards are those read before it (the graph did not change, so a right refresh gives the same list).
 * A last round of each runs the refresh under PROFILE and prints its db hits per operator.
 */
public final class ConflictRefreshBench {

    private static final Pattern INCLUDE = Pattern.compile("(?m)^// include: ([a-z0-9-]+)[ \t]*$");
    private static final String STORED = "MATCH (c:OwnershipConflict) RETURN c.key AS key, c.tasks AS tasks, "
            + "c.leads AS leads ORDER BY key";

    public static void main(String[] args) throws IOException {
        String url = args[0];
        String password = args[1];
        Path before = Path.of(args[2]);
        Path after = Path.of(args[3]);
        int plans = args.length > 4 ? Integer.parseInt(args[4]) : 270;
        int rounds = args.length > 5 ? Integer.parseInt(args[5]) : 3;
        String measuresRead = statement(before, "read/conflict-measures");
        String wholeRefresh = statement(before, "write/conflicts-refresh");
        String groupsRead = statement(after, "read/conflict-groups");
        String groupsRefresh = statement(after, "write/conflicts-refresh");
        try (Driver driver = GraphDatabase.driver(url, AuthTokens.basic("neo4j", password));
             var session = driver.session()) {
            List<String> documents = session.run("MATCH (d:Document) RETURN d.id AS id ORDER BY id LIMIT $n",
                    Map.of("n", plans)).list(r -> r.get("id").asString());
            long tasks = session.run("MATCH (d:Document)-[:HAS_TASK]->(t:Task) WHERE d.id IN $ids RETURN count(t) AS n",
                    Map.of("ids", documents)).single().get("n").asLong();
            List<String> stored = session.run(STORED).list(ConflictRefreshBench::line);
            System.out.printf("%d documents, %d tasks; %d stored conflicts; load %s%n", documents.size(), tasks,
                    stored.size(), load());
            Map<String, Object> changed = Map.of("tasks", List.of(), "units", List.of(), "documents", documents);
            for (int round = 0; round <= rounds; round++) {
                boolean profile = round == rounds;
                for (String version : List.of("before", "after")) {
                    try (Transaction tx = session.beginTransaction()) {
                        long start = System.nanoTime();
                        String refresh;
                        Map<String, Object> parameters;
                        String what;
                        if (version.equals("before")) {
                            List<String> ids = tx.run(measuresRead, changed).list(r -> r.get("id").asString());
                            refresh = wholeRefresh;
                            parameters = Map.of("measureIds", ids);
                            what = ids.size() + " measures";
                        } else {
                            List<List<String>> groups = tx.run(groupsRead, changed).list(r -> Arrays.asList(
                                    r.get("measure").asString(), r.get("region").asString(null),
                                    r.get("document").asString(null)));
                            List<Map<String, Object>> rows = rows(groups);
                            refresh = groupsRefresh;
                            parameters = Map.of("measureIds", List.of(), "groups", rows);
                            what = groups.size() + " groups of " + groups.stream().map(g -> g.get(0)).distinct().count()
                                    + " measures in " + rows.size() + " regions or plans";
                        }
                        long read = System.nanoTime();
                        var summary = tx.run((profile ? "PROFILE " : "") + refresh, parameters).consume();
                        long done = System.nanoTime();
                        List<String> again = tx.run(STORED).list(ConflictRefreshBench::line);
                        System.out.printf("%s%s: %s, read %d ms, refresh %d ms, load %s, stored list %s%n",
                                profile ? "PROFILE " : "", version, what, (read - start) / 1_000_000,
                                (done - read) / 1_000_000, load(), again.equals(stored) ? "unchanged" : "CHANGED");
                        if (profile) {
                            System.out.printf("  db hits %d%n", hits(summary.profile()));
                            print(summary.profile(), "  ");
                        }
                        tx.rollback();
                    }
                }
            }
        }
    }

    /** A stored conflict as a line: its key, its tasks and its leads, each list sorted (the rule collects them unsorted). */
    private static String line(org.neo4j.driver.Record r) {
        return r.get("key").asString() + " " + new TreeSet<>(r.get("tasks").asList(v -> v.asString())) + " "
                + new TreeSet<>(r.get("leads").asList(v -> v.asString()));
    }

    /** The groups as conflicts-refresh takes them: measures per region, or per plan without one. */
    private static List<Map<String, Object>> rows(List<List<String>> groups) {
        Comparator<List<String>> order = Comparator.comparing((List<String> p) -> p.get(0),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(p -> p.get(1),
                Comparator.nullsLast(Comparator.naturalOrder()));
        Map<List<String>, TreeSet<String>> byPlace = new TreeMap<>(order);
        for (List<String> g : groups) {
            byPlace.computeIfAbsent(Arrays.asList(g.get(1), g.get(1) == null ? g.get(2) : null),
                    p -> new TreeSet<>()).add(g.get(0));
        }
        List<Map<String, Object>> out = new ArrayList<>();
        byPlace.forEach((place, measures) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("region", place.get(0));
            row.put("document", place.get(1));
            row.put("measures", List.copyOf(measures));
            out.add(row);
        });
        return out;
    }

    private static String statement(Path root, String name) throws IOException {
        String text = Files.readString(root.resolve("cypher").resolve(name + ".cypher"));
        for (int i = 0; i < 5; i++) {
            Matcher m = INCLUDE.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String part = Files.readString(root.resolve("cypher/include").resolve(m.group(1) + ".cypher"));
                m.appendReplacement(out, Matcher.quoteReplacement(part));
            }
            m.appendTail(out);
            text = out.toString();
        }
        return text;
    }

    private static long hits(ProfiledPlan plan) {
        long sum = plan.dbHits();
        for (ProfiledPlan child : plan.children()) {
            sum += hits(child);
        }
        return sum;
    }

    private static void print(ProfiledPlan plan, String indent) {
        System.out.printf("%s%s rows %d db hits %d time %d%n", indent, plan.operatorType(), plan.records(), plan.dbHits(),
                plan.time());
        for (ProfiledPlan child : plan.children()) {
            print(child, indent + "  ");
        }
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }
}
