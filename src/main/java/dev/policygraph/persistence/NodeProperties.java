package dev.policygraph.persistence;

import dev.policygraph.graph.Comparator;
import dev.policygraph.graph.Document;
import dev.policygraph.graph.DueKind;
import dev.policygraph.graph.ProgressStatus;
import dev.policygraph.graph.Task;
import dev.policygraph.graph.TaskKind;
import dev.policygraph.graph.Target;
import dev.policygraph.graph.Unit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Entities made from the properties of their nodes as the driver reads them ({@code properties(n)}, or the
 * properties a query names), without OGM's entity mapping: for the large or hot lists of the API, where OGM's mapping
 * cost more than the query. The properties are those OGM writes and reads (and {@link DocumentRows} writes): dates
 * and instants as ISO text, enums by name, task kinds by code. A property the map does not hold takes the entity's
 * default (an empty string, null, zero), so a query may read only the properties its caller will use.
 */
final class NodeProperties {

    private NodeProperties() {
    }

    static Document document(Map<String, Object> p) {
        Document d = new Document(id(p), textOrEmpty(p, "file"), text(p, "title"), textOrEmpty(p, "titleKey"),
                text(p, "issuer"), text(p, "docNumber"), text(p, "region"), date(p, "date"),
                textOrEmpty(p, "contentHash"), textOrEmpty(p, "fingerprint"), textOrEmpty(p, "parserVersion"),
                number(p, "taskCount"), number(p, "taskKeyCount"));
        List<String> warnings = texts(p, "warnings");
        if (warnings != null) {
            d.setWarnings(warnings);
        }
        String sha256 = text(p, "originalSha256");
        if (sha256 != null) {
            d.setOriginal(textOrEmpty(p, "originalName"), textOrEmpty(p, "originalType"),
                    textOrEmpty(p, "originalMediaType"), number(p, "originalSize"), sha256);
        }
        return d;
    }

    static Task task(Map<String, Object> p) {
        String kind = text(p, "kind");
        Task t = new Task(id(p), textOrEmpty(p, "key"), kind == null ? TaskKind.TASK : TaskKind.of(kind),
                textOrEmpty(p, "number"), textOrEmpty(p, "title"), textOrEmpty(p, "titleKey"), textOrEmpty(p, "text"),
                text(p, "clause"), text(p, "deadline"), Boolean.TRUE.equals(p.get("leadByConvention")),
                (int) number(p, "position"));
        t.setSketchKey(text(p, "sketchKey"));
        String dueKind = text(p, "dueKind");
        if (dueKind != null) {
            t.setDue(DueKind.valueOf(dueKind), date(p, "dueDate"));
        }
        LocalDate asOf = date(p, "progressAsOf");
        if (asOf != null) {
            String status = text(p, "status");
            Instant at = instant(p, "progressAt");
            t.reportProgress(status == null ? ProgressStatus.NOT_STARTED : ProgressStatus.valueOf(status),
                    text(p, "progressNote"), asOf, textOrEmpty(p, "progressBy"), at == null ? Instant.EPOCH : at);
        }
        return t;
    }

    static Target target(Map<String, Object> p) {
        String comparator = text(p, "comparator");
        Object value = p.get("value");
        Object year = p.get("year");
        return new Target(id(p), textOrEmpty(p, "text"), textOrEmpty(p, "metric"),
                comparator == null ? Comparator.EQUAL : Comparator.of(comparator),
                value == null ? 0 : ((Number) value).doubleValue(), textOrEmpty(p, "unit"),
                year == null ? null : ((Number) year).intValue(), (int) number(p, "position"));
    }

    /**
     * The entity of a node of the driver, by its label (Task, Document, Unit or Target); a node of another label is
     * an error.
     */
    static Object entity(org.neo4j.driver.types.Node node) {
        Map<String, Object> p = node.asMap();
        if (node.hasLabel("Task")) {
            return task(p);
        }
        if (node.hasLabel("Unit")) {
            return unit(p);
        }
        if (node.hasLabel("Target")) {
            return target(p);
        }
        if (node.hasLabel("Document")) {
            return document(p);
        }
        throw new IllegalArgumentException("No entity is made from the properties of a node labelled "
                + node.labels());
    }

    static Unit unit(Map<String, Object> p) {
        Unit u = new Unit(textOrEmpty(p, "scope"), textOrEmpty(p, "name"));
        List<String> aliases = texts(p, "aliases");
        if (aliases != null) {
            aliases.forEach(u::addAlias);
        }
        if (!u.getId().equals(p.get("id"))) {
            throw new IllegalStateException("Unit " + p.get("id") + " is not stored under the id of its scope and "
                    + "name (" + u.getId() + ")");
        }
        return u;
    }

    private static String id(Map<String, Object> p) {
        Object v = p.get("id");
        if (v == null) {
            throw new IllegalStateException("A node without an id: " + p.keySet());
        }
        return v.toString();
    }

    private static @Nullable String text(Map<String, Object> p, String key) {
        Object v = p.get(key);
        return v == null ? null : v.toString();
    }

    private static String textOrEmpty(Map<String, Object> p, String key) {
        Object v = p.get(key);
        return v == null ? "" : v.toString();
    }

    private static long number(Map<String, Object> p, String key) {
        Object v = p.get(key);
        return v == null ? 0 : ((Number) v).longValue();
    }

    @SuppressWarnings("unchecked")
    private static @Nullable List<String> texts(Map<String, Object> p, String key) {
        Object v = p.get(key);
        return v == null ? null : (List<String>) v;
    }

    private static @Nullable LocalDate date(Map<String, Object> p, String key) {
        Object v = p.get(key);
        if (v == null) {
            return null;
        }
        return v instanceof LocalDate d ? d : LocalDate.parse(v.toString());
    }

    private static @Nullable Instant instant(Map<String, Object> p, String key) {
        Object v = p.get(key);
        if (v == null) {
            return null;
        }
        return v instanceof TemporalAccessor t && !(v instanceof CharSequence) ? Instant.from(t)
                : Instant.parse(v.toString());
    }
}
