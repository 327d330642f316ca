package dev.policygraph.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.policygraph.GraphTestSupport;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.summary.Notification;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every query file is valid Cypher for the database in use, names only labels, relationship types and properties
 * the seeded graph has, and uses nothing deprecated: EXPLAIN plans each one without running it.
 */
class QueryFilesTest extends GraphTestSupport {

    /** The one notification a plan without parameter values may give. */
    private static final String MISSING_PARAMETER = "Neo.ClientNotification.Statement.ParameterNotProvided";
    private static final String UNKNOWN_PROPERTY = "Neo.ClientNotification.Statement.UnknownPropertyKeyWarning";
    private static final Pattern MISSING_PROPERTY = Pattern.compile("missing property name is: (\\w+)");
    /**
     * The properties the write path sets from its node rows (DocumentRows' …Node records): the seeded plans need no
     * attention and have no due dates, so until a plan that has them is stored the database has never seen
     * {@code warnings} or {@code dueKind}; a query naming them is right, not misspelt (the test ran green only after
     * another test had stored such a plan).
     */
    private static final Set<String> WRITTEN = Arrays.stream(DocumentRows.class.getDeclaredClasses())
            .filter(c -> c.isRecord() && c.getSimpleName().endsWith("Node"))
            .flatMap(c -> Arrays.stream(c.getRecordComponents())).map(RecordComponent::getName)
            .collect(Collectors.toSet());

    @Autowired
    Database database;
    @Autowired
    CypherQueries queries;

    @Test
    void explainPlansEveryQueryFileWithoutWarnings() {
        Map<String, String> files = new TreeMap<>();
        for (String folder : List.of(CypherQueries.READ, CypherQueries.WRITE)) {
            CypherQueries.load("classpath*:" + folder + "*.cypher").forEach((name, cypher) -> files.put(folder + name,
                    cypher));
        }
        assertThat(files).hasSize(ReadQuery.values().length + WriteQuery.values().length);
        List<String> problems = new ArrayList<>();
        try (var session = database.driver().session()) {
            files.forEach((name, cypher) -> {
                try {
                    for (Notification n : session.run("EXPLAIN " + cypher).consume().notifications()) {
                        Matcher missing = MISSING_PROPERTY.matcher(n.description());
                        boolean written = n.code().equals(UNKNOWN_PROPERTY) && missing.find()
                                && WRITTEN.contains(missing.group(1));
                        if (!n.code().equals(MISSING_PARAMETER) && !written) {
                            problems.add(name + ": " + n.code() + " " + n.description());
                        }
                    }
                } catch (RuntimeException e) {
                    problems.add(name + ": " + e.getMessage());
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theApplicationHasAFileForEveryQueryNameAndANameForEveryFile() {
        for (ReadQuery q : ReadQuery.values()) {
            assertThat(queries.read(q)).as(q.name()).isNotBlank();
        }
        for (WriteQuery q : WriteQuery.values()) {
            assertThat(queries.write(q)).as(q.name()).isNotBlank();
        }
    }

    @Test
    void aMissingOrAnUnnamedFileStopsTheStartNamingIt() {
        assertThatThrownBy(() -> new CypherQueries("cypher/broken/read/", "cypher/broken/write/"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ReadQuery.TASK_LEADS has no file cypher/broken/read/task-leads.cypher")
                .hasMessageContaining("WriteQuery.DOCUMENTS_CREATE has no file")
                .hasMessageContaining("cypher/broken/read/task-leeds.cypher has no ReadQuery constant");
    }
}
