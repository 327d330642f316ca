package dev.policygraph.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.policygraph.GraphTestSupport;
import dev.policygraph.loading.DocumentLoader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A graph without stored ownership conflicts (written by a version before V015) gets them from its measures at start
 * ({@link OwnershipConflicts#build}): the same conflicts as those kept write by write, which are the rule's
 * (conflicts-by-rule) worked out over the whole graph; a graph that has them keeps them.
 */
class OwnershipConflictsBuildTest extends GraphTestSupport {

    record Conflict(String measure, String scope, @Nullable String document, @Nullable String region,
                    List<String> tasks, List<String> leads) {

        String line() {
            return String.join(" ", measure, scope, String.valueOf(region), String.valueOf(document),
                    tasks.stream().sorted().toList().toString(), leads.stream().sorted().toList().toString());
        }
    }

    @Autowired
    TestGraph graph;

    @Autowired
    Database database;

    @Autowired
    CypherQueries queries;

    @Autowired
    DocumentLoader loader;

    @Autowired
    GraphWriter writer;

    @Test
    void conflictsBuiltFromTheMeasuresAreThoseKeptAtEveryWriteAndTheRules() throws Exception {
        List<String> plans = List.of("zz-national-preschool", "zz-quzhou-preschool", "zz-kecheng-preschool");
        loader.load(measurePlans(plans));
        try {
            assertBuiltAsKept();
        } finally {
            writer.delete(plans);
        }
    }

    private void assertBuiltAsKept() {
        List<String> kept = stored();
        assertThat(kept).as("衢州's plan has a conflict").isNotEmpty();
        assertThat(kept).containsExactlyElementsOf(byRule());

        OwnershipConflicts.build(database.driver(), queries);
        assertThat(stored()).as("built already: left alone").containsExactlyElementsOf(kept);

        graph.run("conflicts-forget", Map.of());
        assertThat(stored()).isEmpty();
        OwnershipConflicts.build(database.driver(), queries);
        assertThat(stored()).containsExactlyElementsOf(kept);
    }

    private List<String> stored() {
        return graph.list("conflicts-stored", Map.of(), Conflict.class).stream().map(Conflict::line)
                .collect(Collectors.toList());
    }

    private List<String> byRule() {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("regionId", null);
        return graph.list("conflicts-by-rule", parameters, Conflict.class).stream().map(Conflict::line)
                .collect(Collectors.toList());
    }
}
