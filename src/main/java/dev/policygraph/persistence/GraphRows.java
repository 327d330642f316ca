package dev.policygraph.persistence;

import dev.policygraph.ingest.DocumentParser;
import dev.policygraph.ingest.ParsedDocument;
import dev.policygraph.ingest.ParsedSection;
import dev.policygraph.ingest.ParsedTarget;
import dev.policygraph.ingest.ParsedTask;
import dev.policygraph.ingest.SchoolRef;
import dev.policygraph.ingest.TitleKey;
import dev.policygraph.ingest.UnitRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed document as the parameter rows of the write queries. Identity: a document is its file name without
 * extension; sections, tasks and targets are qualified by it; units and schools by the region they belong to.
 */
record GraphRows(String documentId, String file, String contentHash, String source, Map<String, Object> document,
                 List<Map<String, Object>> issuers, List<Map<String, Object>> sections,
                 List<Map<String, Object>> tasks, List<Map<String, Object>> unitLinks,
                 List<Map<String, Object>> unitParents, List<Map<String, Object>> schools,
                 List<Map<String, Object>> targets) {

    static String documentId(String file) {
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    static String scopedId(String scope, String name) {
        return scope == null || scope.isEmpty() ? name : scope + "/" + name;
    }

    static GraphRows of(ParsedDocument d) {
        String id = documentId(d.file());
        var meta = d.meta();
        String scope = meta.regionName() == null ? "" : meta.regionName();

        Map<String, Object> document = new HashMap<>();
        document.put("id", id);
        document.put("file", d.file());
        document.put("title", meta.title());
        document.put("titleKey", TitleKey.of(meta.title()));
        document.put("issuer", meta.issuer());
        document.put("docNumber", meta.docNumber());
        document.put("region", meta.regionName());
        document.put("date", meta.date());
        document.put("contentHash", d.contentHash());
        document.put("parserVersion", DocumentParser.VERSION);
        document.put("fingerprint", d.fingerprint());
        document.put("taskCount", d.tasks().stream().filter(t -> t.kind().equals("task")).count());
        document.put("taskKeyCount", d.tasks().stream().map(t -> t.key() + "|" + TitleKey.of(t.title())).distinct().count());
        document.values().removeIf(v -> v == null);

        List<Map<String, Object>> issuers = new ArrayList<>();
        for (int i = 0; i < meta.issuers().size(); i++) {
            String name = meta.issuers().get(i);
            issuers.add(Map.of("unitId", scopedId(scope, name), "canonical", name, "scope", scope, "position", i));
        }

        List<Map<String, Object>> sections = new ArrayList<>();
        for (int i = 0; i < d.sections().size(); i++) {
            ParsedSection s = d.sections().get(i);
            Map<String, Object> row = new HashMap<>();
            row.put("id", id + "/" + s.path());
            row.put("documentId", id);
            row.put("path", s.path());
            row.put("number", s.number());
            row.put("title", s.title());
            row.put("level", s.level());
            row.put("kind", s.kind());
            row.put("inferredNumber", s.inferredNumber());
            row.put("position", i);
            if (s.parentPath() != null) {
                row.put("parentId", id + "/" + s.parentPath());
            }
            sections.add(row);
        }

        List<Map<String, Object>> tasks = new ArrayList<>();
        List<Map<String, Object>> links = new ArrayList<>();
        Map<String, Map<String, Object>> parents = new LinkedHashMap<>();
        Map<String, String> taskIds = new HashMap<>();
        for (int i = 0; i < d.tasks().size(); i++) {
            ParsedTask t = d.tasks().get(i);
            String taskId = id + "/" + t.key();
            if (taskIds.containsValue(taskId)) {
                taskId = taskId + "~" + (i + 1);
            }
            taskIds.putIfAbsent(t.key(), taskId);
            Map<String, Object> row = new HashMap<>();
            row.put("id", taskId);
            row.put("documentId", id);
            row.put("key", t.key());
            row.put("kind", t.kind());
            row.put("number", t.number());
            row.put("title", t.title());
            row.put("titleKey", TitleKey.of(t.title()));
            row.put("text", t.text());
            row.put("leadByConvention", t.leadByConvention());
            row.put("position", i);
            if (t.clause() != null) {
                row.put("clause", t.clause());
            }
            if (t.deadline() != null) {
                row.put("deadline", t.deadline());
            }
            if (t.sectionPath() != null) {
                row.put("sectionId", id + "/" + t.sectionPath());
            }
            tasks.add(row);
            addLinks(links, parents, t.leads(), taskId, "LEAD", t.leadByConvention());
            addLinks(links, parents, t.co(), taskId, "CO", false);
        }

        List<Map<String, Object>> schools = new ArrayList<>();
        for (SchoolRef s : d.schools()) {
            List<String> ids = s.taskKeys().stream().map(taskIds::get).filter(x -> x != null).toList();
            schools.add(Map.of("schoolId", scopedId(s.scope(), s.canonical()), "canonical", s.canonical(),
                    "scope", s.scope() == null ? "" : s.scope(), "printed", s.name(), "taskIds", ids));
        }

        List<Map<String, Object>> targets = new ArrayList<>();
        for (int i = 0; i < d.targets().size(); i++) {
            ParsedTarget t = d.targets().get(i);
            Map<String, Object> row = new HashMap<>();
            row.put("id", id + "/target-" + (i + 1));
            row.put("documentId", id);
            row.put("text", t.text());
            row.put("metric", t.metric());
            row.put("comparator", t.comparator());
            row.put("value", t.value());
            row.put("unit", t.unit());
            row.put("position", i);
            if (t.year() != null) {
                row.put("year", t.year());
            }
            if (t.taskKey() != null && taskIds.containsKey(t.taskKey())) {
                row.put("taskId", taskIds.get(t.taskKey()));
            }
            targets.add(row);
        }
        return new GraphRows(id, d.file(), d.contentHash(), d.text(), document, issuers, sections, tasks, links,
                List.copyOf(parents.values()), schools, targets);
    }

    private static void addLinks(List<Map<String, Object>> links, Map<String, Map<String, Object>> parents,
                                 List<UnitRef> units, String taskId, String role, boolean byConvention) {
        for (int i = 0; i < units.size(); i++) {
            UnitRef u = units.get(i);
            String unitId = scopedId(u.scope(), u.canonical());
            links.add(Map.of("unitId", unitId, "canonical", u.canonical(), "scope", u.scope(), "printed", u.name(),
                    "taskId", taskId, "role", role, "byConvention", byConvention && i == 0, "position", i));
            if (u.parent() != null) {
                String parentId = scopedId(u.scope(), u.parent());
                parents.putIfAbsent(unitId + ">" + parentId, Map.of("unitId", unitId, "parentId", parentId,
                        "parentName", u.parent(), "scope", u.scope()));
            }
        }
    }
}
