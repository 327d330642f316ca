package dev.policygraph.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.policygraph.GraphTestSupport;
import dev.policygraph.loading.DocumentLoader;
import dev.policygraph.loading.Source;
import java.nio.charset.StandardCharsets;
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

    /**
     * The same after writes that store conflicts again only in the regions and plans they touch (conflict groups):
     * plans of 衢州, of 丽水 and of no region join the measure of 衢州's tasks 2 and 3, then the 丽水 plan is written
     * again as 衢州's (its region changed), the plan of no region again with a region and the second 衢州 plan with
     * its task moved to another measure.
     */
    @Test
    void conflictsKeptByRegionAndPlanAreThoseBuiltFromTheMeasures() throws Exception {
        List<String> plans = List.of("zz-national-preschool", "zz-quzhou-preschool", "zz-kecheng-preschool");
        String task = "实施幼儿园扩容工程。根据常住人口变化和入园需求,新建改扩建一批公办幼儿园,优先保障城镇新增人口集中区域和农村地区学位供给。";
        String twoLeads = "1." + task + "(责任单位:市卫生健康委)\n2." + task + "(责任单位:市财政局)";
        List<String> added = List.of("zz-region-quzhou", "zz-region-lishui", "zz-region-none");
        loader.load(measurePlans(plans));
        try {
            loader.load(List.of(source(added.get(0), regionPlan("衢州", "1." + task + "(责任单位:市卫生健康委)")),
                    source(added.get(1), regionPlan("丽水", twoLeads)), source(added.get(2), regionPlan(null, twoLeads))));
            loader.load(List.of(source(added.get(0), regionPlan("衢州", "1.加强幼儿园园长和保教人员培训。每年组织幼儿园园长、"
                            + "骨干教师开展专题研修,建立城乡幼儿园结对帮扶机制,提升农村幼儿园保教质量。(责任单位:市卫生健康委)")),
                    source(added.get(1), regionPlan("衢州", twoLeads)), source(added.get(2), regionPlan("丽水", twoLeads))));
            assertBuiltAsKept();
        } finally {
            writer.delete(added);
            writer.delete(plans);
        }
    }

    private static Source source(String id, String text) {
        return new Source(id + ".txt", text.getBytes(StandardCharsets.UTF_8));
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
