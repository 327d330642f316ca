import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bounded load test of the typical dashboard queries (issue 9): CLIENTS threads on the loopback interface, each sending
 * the queries below in turn for SECONDS, one request at a time. Prints per query and overall: requests, errors
 * (HTTP status other than 200, or a GraphQL error), p50 / p95 / p99 / max latency in ms. Exits 1 when any request
 * failed. Run by bench/load.sh against a server it starts; java bench/load/DashboardLoad.java URL [CLIENTS] [SECONDS].
 */
public class DashboardLoad {

    static final Map<String, String> QUERIES = new LinkedHashMap<>();

    static {
        QUERIES.put("documents", "{ documents { id title docNumber issuers { name } } }");
        QUERIES.put("tasks page", "{ tasks(filter: {role: LEAD, unit: \\\"区教委\\\"}, first: 20) { totalCount "
                + "pageInfo { hasNextPage endCursor } edges { node { id number title deadline document { id } "
                + "leads { name } coResponsible { name } } } } }");
        QUERIES.put("tasks text", "{ tasks(filter: {text: \\\"学前教育\\\"}, first: 20) { totalCount edges { node "
                + "{ id title leads { name } } } } }");
        QUERIES.put("unit", "{ unit(name: \\\"区教委\\\") { name region parent { name } leads { number title "
                + "document { title } } } }");
        QUERIES.put("units", "{ units(search: \\\"教育\\\") { name region } }");
        QUERIES.put("orphans", "{ orphanTasks { id number title document { id } } }");
        QUERIES.put("duplicates", "{ duplicateDocuments { first { id } second { id } reason similarity } }");
    }

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        List<String> names = new ArrayList<>(QUERIES.keySet());
        names.forEach(n -> {
            latencies.put(n, Collections.synchronizedList(new ArrayList<>()));
            errors.put(n, new AtomicLong());
        });
        List<String> firstErrors = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            int offset = c;
            Thread t = new Thread(() -> {
                try {
                    for (int i = offset; System.nanoTime() < end; i++) {
                        String name = names.get(i % names.size());
                        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"" + QUERIES.get(name) + "\"}"))
                                .build();
                        long start = System.nanoTime();
                        try {
                            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                            latencies.get(name).add(System.nanoTime() - start);
                            if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
                                errors.get(name).incrementAndGet();
                                if (firstErrors.size() < 5) {
                                    firstErrors.add(name + ": " + response.statusCode() + " " + response.body()
                                            .substring(0, Math.min(300, response.body().length())));
                                }
                            }
                        } catch (Exception e) {
                            latencies.get(name).add(System.nanoTime() - start);
                            errors.get(name).incrementAndGet();
                            if (firstErrors.size() < 5) {
                                firstErrors.add(name + ": " + e);
                            }
                        }
                    }
                } finally {
                    done.countDown();
                }
            });
            t.start();
        }
        done.await();
        List<Long> all = new ArrayList<>();
        long failed = 0;
        System.out.printf(Locale.ROOT, "%d clients, %d s, %s%n", clients, seconds, uri);
        System.out.printf(Locale.ROOT, "%-12s %8s %7s %8s %8s %8s %8s%n", "query", "requests", "errors", "p50 ms",
                "p95 ms", "p99 ms", "max ms");
        for (String name : names) {
            List<Long> l = new ArrayList<>(latencies.get(name));
            all.addAll(l);
            failed += errors.get(name).get();
            row(name, l, errors.get(name).get());
        }
        row("all", all, failed);
        System.out.printf(Locale.ROOT, "throughput: %.1f requests/s%n", all.size() / (double) seconds);
        firstErrors.forEach(e -> System.out.println("error: " + e));
        System.exit(failed == 0 ? 0 : 1);
    }

    static void row(String name, List<Long> nanos, long errors) {
        Collections.sort(nanos);
        System.out.printf(Locale.ROOT, "%-12s %8d %7d %8.1f %8.1f %8.1f %8.1f%n", name, nanos.size(), errors,
                pct(nanos, 50), pct(nanos, 95), pct(nanos, 99), pct(nanos, 100));
    }

    static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
    }
}
