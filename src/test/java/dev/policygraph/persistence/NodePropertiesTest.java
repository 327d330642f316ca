package dev.policygraph.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.policygraph.GraphTestSupport;
import dev.policygraph.graph.Document;
import dev.policygraph.graph.DueKind;
import dev.policygraph.graph.ProgressStatus;
import dev.policygraph.graph.Task;
import dev.policygraph.graph.TaskKind;
import dev.policygraph.graph.Target;
import dev.policygraph.graph.Unit;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.neo4j.ogm.session.Session;
import org.neo4j.ogm.session.SessionFactory;
import org.neo4j.ogm.transaction.Transaction;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Entities made from their nodes' properties through the driver ({@link NodeProperties}) are those OGM reads: every
 * task, document, unit and target of the graph, property by property, and a task with a dated deadline and a progress report
 * saved through OGM (rolled back).
 */
class NodePropertiesTest extends GraphTestSupport {

    record Node(String id, Map<String, Object> properties) {
    }

    @Autowired
    TestGraph graph;

    @Autowired
    SessionFactory sessions;

    @Test
    void everyTaskDocumentAndUnitIsTheEntityOgmReads() {
        Session session = sessions.openSession();
        int tasks = compare(session, "Task", Task.class, NodeProperties::task, NodePropertiesTest::taskFields);
        int documents = compare(session, "Document", Document.class, NodeProperties::document,
                NodePropertiesTest::documentFields);
        int units = compare(session, "Unit", Unit.class, NodeProperties::unit,
                u -> List.of(u.getId(), u.getName(), u.getScope(), u.getAliases()));
        int targets = compare(session, "Target", Target.class, NodeProperties::target,
                g -> List.of(g.getId(), g.getText(), g.getMetric(), g.getComparator(), g.getValue(), g.getUnit(),
                        java.util.Objects.toString(g.getYear()), g.getPosition()));
        assertThat(tasks).isGreaterThan(100);
        assertThat(targets).isGreaterThan(20);
        assertThat(documents).isGreaterThanOrEqualTo(5);
        assertThat(units).isGreaterThan(20);
    }

    @Test
    void aTaskWithADeadlineAndAProgressReportAsOgmWritesIt() {
        Task task = new Task("node-properties-test/1", "1", TaskKind.SAFEGUARD, "1", "建立工作台账", "建立工作台账",
                "建立工作台账,按月调度。", "牵头单位:市教育局", "2025年6月底前", true, 7);
        task.setSketchKey("1|建立工作台账");
        task.setDue(DueKind.DATE, LocalDate.of(2025, 6, 30));
        task.reportProgress(ProgressStatus.IN_PROGRESS, "已建立台账", LocalDate.of(2025, 5, 2), "cora",
                Instant.parse("2025-05-02T08:15:30.123Z"));
        Session session = sessions.openSession();
        try (Transaction tx = session.beginTransaction()) {
            session.save(task, 0);
            Map<String, Object> properties = new HashMap<>();
            session.query("MATCH (t:Task {id: $id}) RETURN properties(t) AS p", Map.of("id", task.getId()))
                    .queryResults().forEach(row -> properties.putAll(cast(row.get("p"))));
            tx.rollback();
            Task read = NodeProperties.task(properties);
            assertThat(taskFields(read)).isEqualTo(taskFields(task));
            assertThat(read.getOverdueFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
            assertThat(read.getProgressAt()).isEqualTo(Instant.parse("2025-05-02T08:15:30.123Z"));
        }
    }

    private <T> int compare(Session session, String label, Class<T> type, Function<Map<String, Object>, T> make,
                            Function<T, List<Object>> fields) {
        List<Node> nodes = graph.list("node-properties", Map.of("label", label), Node.class);
        for (Node node : nodes) {
            T ogm = session.load(type, node.id(), 0);
            assertThat(ogm).as(node.id()).isNotNull();
            assertThat(fields.apply(make.apply(node.properties()))).as(node.id()).isEqualTo(fields.apply(ogm));
        }
        return nodes.size();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object map) {
        return (Map<String, Object>) map;
    }

    private static List<Object> taskFields(Task t) {
        return java.util.Arrays.asList(t.getId(), t.getKey(), t.getKind(), t.getNumber(), t.getTitle(),
                t.getTitleKey(), t.getText(), t.getClause(), t.getDeadline(), t.getLeadByConvention(), t.getPosition(),
                t.getSketchKey(), t.getDueDate(), t.getDueKind(), t.getOverdueFrom(), t.getStatus(),
                t.getProgressNote(), t.getProgressAsOf(), t.getProgressBy(), t.getProgressAt());
    }

    private static List<Object> documentFields(Document d) {
        return java.util.Arrays.asList(d.getId(), d.getFile(), d.getTitle(), d.getTitleKey(), d.getIssuer(),
                d.getDocNumber(), d.getRegion(), d.getDate(), d.getContentHash(), d.getFingerprint(),
                d.getParserVersion(), d.getTaskCount(), d.getTaskKeyCount(), d.getWarnings(), d.getOriginalName(),
                d.getOriginalType(), d.getOriginalMediaType(), d.getOriginalSize(), d.getOriginalSha256());
    }
}
