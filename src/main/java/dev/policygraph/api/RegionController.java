package dev.policygraph.api;

import dev.policygraph.analysis.MeasureFindings;
import dev.policygraph.graph.Document;
import dev.policygraph.graph.Region;
import dev.policygraph.persistence.GraphReader;
import dev.policygraph.persistence.ReadQuery;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Regions: (:Region)-[:PART_OF]->(:Region), and the region a document is issued in. */
@Controller
class RegionController {

    private final GraphReader graph;
    private final MeasureFindings findings;

    RegionController(GraphReader graph, MeasureFindings findings) {
        this.graph = graph;
        this.findings = findings;
    }

    @QueryMapping
    @Nullable Region region(@Argument String name) {
        return findings.regionId(name).flatMap(id -> graph.byIds(Region.class, ReadQuery.REGIONS_BY_ID, List.of(id))
                .stream().findFirst()).orElse(null);
    }

    @BatchMapping
    Map<Region, Region> parent(List<Region> regions) {
        return Batches.single(graph, regions, Region::getId, Region.class, ReadQuery.REGION_PARENT);
    }

    @BatchMapping
    Map<Region, List<Region>> chain(List<Region> regions) {
        return Batches.lists(graph, regions, Region::getId, Region.class, ReadQuery.REGION_CHAIN);
    }

    @BatchMapping
    Map<Document, Region> issuedIn(List<Document> documents) {
        return Batches.single(graph, documents, Document::getId, Region.class, ReadQuery.DOCUMENT_REGION);
    }
}
