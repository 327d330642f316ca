package dev.policygraph.loading;

import dev.policygraph.graph.Document;
import dev.policygraph.persistence.GraphQueries;
import dev.policygraph.persistence.MeasureRows;
import dev.policygraph.persistence.MeasureStore;
import dev.policygraph.persistence.ReadQuery;
import dev.policygraph.region.Division;
import dev.policygraph.region.RegionHierarchy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The region hierarchy in the graph: every division of {@link RegionHierarchy#standard()} as a (:Region) PART_OF the
 * one above it, written once (again when the table changes: its checksum is kept as the state "regions"), and the
 * region each document is issued in, resolved from the name its plan prints.
 */
@Component
class RegionTable {

    static final String STATE = "regions";

    private static final Logger log = LoggerFactory.getLogger(RegionTable.class);

    record StateKey(String id) {
    }

    record Version(@Nullable String version) {
    }

    private final GraphQueries queries;
    private final MeasureStore store;
    private final RegionHierarchy hierarchy = RegionHierarchy.standard();
    private volatile boolean loaded;

    RegionTable(GraphQueries queries, MeasureStore store) {
        this.queries = queries;
        this.store = store;
    }

    /** Writes the hierarchy into the graph unless this version of it is there already. */
    synchronized void ensureLoaded() {
        if (loaded) {
            return;
        }
        List<MeasureRows.Region> rows = rows();
        String checksum = checksum(rows);
        if (!checksum.equals(state(queries, STATE))) {
            long start = System.nanoTime();
            store.write(tx -> {
                tx.mergeRegions(rows);
                tx.setState(STATE, checksum);
                return null;
            });
            log.info("Wrote the region hierarchy ({} divisions) in {} ms", rows.size(),
                    (System.nanoTime() - start) / 1_000_000);
        }
        loaded = true;
    }

    /** The region code the document is issued in, when its region name resolves to one division. */
    Optional<String> codeOf(Document d) {
        return codeOf(d.getRegion());
    }

    Optional<String> codeOf(@Nullable String regionName) {
        return regionName == null || regionName.isBlank() ? Optional.empty()
                : hierarchy.resolve(regionName).map(Division::code);
    }

    /** The ISSUED_IN rows of the documents whose regions resolve. */
    List<MeasureRows.DocumentRegion> links(List<Document> documents) {
        List<MeasureRows.DocumentRegion> out = new ArrayList<>();
        for (Document d : documents) {
            codeOf(d).ifPresent(code -> out.add(new MeasureRows.DocumentRegion(d.getId(), code)));
        }
        return out;
    }

    private List<MeasureRows.Region> rows() {
        List<MeasureRows.Region> out = new ArrayList<>();
        for (Division d : hierarchy.divisions()) {
            out.add(new MeasureRows.Region(d.code(), d.name(), d.level().name(), hierarchy.qualifiedName(d),
                    d.parentCode()));
        }
        return out;
    }

    private static String checksum(List<MeasureRows.Region> rows) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (MeasureRows.Region r : rows) {
                digest.update((r.id() + "\t" + r.name() + "\t" + r.level() + "\t" + r.qualifiedName() + "\t"
                        + r.parent() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest()).toLowerCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The version recorded for the derived data {@code id}, or null. */
    static @Nullable String state(GraphQueries queries, String id) {
        return queries.single(ReadQuery.GRAPH_STATE, new StateKey(id), Version.class).version();
    }
}
