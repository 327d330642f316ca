package dev.policygraph.cli;

import dev.policygraph.analysis.DocumentSignature;
import dev.policygraph.analysis.DuplicateIndex;
import dev.policygraph.ingest.ParsedDocument;
import dev.policygraph.ingest.ParsedTarget;
import dev.policygraph.ingest.ParsedTask;
import dev.policygraph.ingest.UnitRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The JSON contract of {@code parse --json} (see shared/eval/score.py). */
final class ParseJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ParseJson() {
    }

    static String write(List<ParsedDocument> docs) {
        List<DocumentSignature> signatures = docs.stream().map(DocumentSignature::of).toList();
        DuplicateIndex index = new DuplicateIndex();
        signatures.forEach(index::add);
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            int same = index.firstMatch(signatures.get(i), i);
            out.add(document(docs.get(i), same < 0 ? null : docs.get(same).file()));
        }
        return MAPPER.writeValueAsString(Map.of("documents", out));
    }

    static String summary(ParsedDocument d) {
        long orphans = d.tasks().stream().filter(t -> t.kind().equals("task") && t.orphan()).count();
        return String.format("%s: %s | %s | %s | %d sections, %d tasks (%d without a responsible unit), %d schools,"
                        + " %d targets", d.file(), d.meta().title(), d.meta().issuer(), d.meta().docNumber(),
                d.sections().size(), d.tasks().size(), orphans, d.schools().size(), d.targets().size());
    }

    /** @param sameDocumentAs the file of the first other document of the run that is one with it, or null */
    private static Map<String, Object> document(ParsedDocument d, @Nullable String sameDocumentAs) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("file", d.file());
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("title", d.meta().title());
        meta.put("issuer", d.meta().issuers().isEmpty() ? null : d.meta().issuers().get(0));
        meta.put("docNumber", d.meta().docNumber());
        meta.put("region", d.meta().regionName());
        meta.put("date", d.meta().date());
        doc.put("document", meta);
        doc.put("sameDocumentAs", sameDocumentAs);
        doc.put("sections", d.sections().stream().map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("path", s.path());
            m.put("title", s.title());
            m.put("level", s.level());
            m.put("kind", s.kind());
            m.put("inferredNumber", s.inferredNumber());
            return m;
        }).toList());
        doc.put("tasks", d.tasks().stream().map(ParseJson::task).toList());
        doc.put("schools", d.schools().stream().map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", s.name());
            m.put("canonical", s.canonical());
            m.put("tasks", s.taskKeys());
            return m;
        }).toList());
        doc.put("targets", d.targets().stream().map(ParseJson::target).toList());
        return doc;
    }

    private static Map<String, Object> task(ParsedTask t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", t.kind());
        m.put("number", t.printedNumber());
        m.put("section", t.sectionPath());
        m.put("title", t.title());
        m.put("leads", t.leads().stream().map(ParseJson::unit).toList());
        m.put("co", t.co().stream().map(ParseJson::unit).toList());
        m.put("leadByConvention", t.leadByConvention());
        m.put("clause", t.clause());
        m.put("deadline", t.deadline());
        return m;
    }

    private static Map<String, Object> unit(UnitRef u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", u.name());
        m.put("canonical", u.canonical());
        m.put("scope", u.scope());
        return m;
    }

    private static Map<String, Object> target(ParsedTarget t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("taskNumber", t.taskNumber());
        m.put("task", t.taskKey());
        m.put("text", t.text());
        m.put("metric", t.metric());
        m.put("comparator", t.comparator());
        m.put("value", t.value() == Math.rint(t.value()) ? (Object) (long) t.value() : t.value());
        m.put("unit", t.unit());
        m.put("year", t.year());
        return m;
    }
}
