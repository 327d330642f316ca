package dev.policygraph;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.policygraph.graph.GraphNode;
import dev.policygraph.ingest.DocumentParser;
import dev.policygraph.persistence.CypherQueries;
import dev.policygraph.persistence.GraphWriter;
import java.util.List;
import org.neo4j.ogm.annotation.EndNode;
import org.neo4j.ogm.annotation.NodeEntity;
import org.neo4j.ogm.annotation.Relationship;
import org.neo4j.ogm.annotation.RelationshipEntity;
import org.neo4j.ogm.annotation.StartNode;
import org.springframework.boot.ApplicationRunner;

/**
 * The rules anyone can state in a sentence: (1) the graph model is OGM entities linked only by relationships and
 * identified by their ids; (2) only persistence talks to Neo4j, running the Cypher of cypher/ files and mapping rows
 * to records in one place; (4) loading turns files into graph writes, persistence talks to nothing but Neo4j. And: a
 * pure parser, a thin API, no cycles.
 */
@AnalyzeClasses(packages = "dev.policygraph", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String GRAPH = "dev.policygraph.graph..";
    private static final String PERSISTENCE = "dev.policygraph.persistence..";

    // (1) One graph model.

    @ArchTest
    static final ArchRule entitiesDependOnNothingOfOurs = noClasses().that().resideInAPackage(GRAPH)
            .should().dependOnClassesThat().resideInAnyPackage("dev.policygraph.ingest..", PERSISTENCE,
                    "dev.policygraph.loading..", "dev.policygraph.analysis..", "dev.policygraph.api..",
                    "dev.policygraph.cli..", "dev.policygraph.config..")
            .orShould().dependOnClassesThat().resideInAnyPackage("org.neo4j.ogm.session..", "org.neo4j.driver..");

    @ArchTest
    static final ArchRule everyNodeAndRelationshipIsAnEntityOfTheGraphPackage = classes()
            .that().areAnnotatedWith(NodeEntity.class).or().areAnnotatedWith(RelationshipEntity.class)
            .should().resideInAPackage(GRAPH);

    @ArchTest
    static final ArchRule nodeEntitiesAreEqualWhenTheirIdsAre = classes().that().areAnnotatedWith(NodeEntity.class)
            .should().beAssignableTo(GraphNode.class).andShould(new ArchCondition<>("not override equals or hashCode") {
                @Override
                public void check(JavaClass c, ConditionEvents events) {
                    c.getMethods().stream().filter(m -> m.getName().equals("equals") || m.getName().equals("hashCode"))
                            .forEach(m -> events.add(SimpleConditionEvent.violated(c, m.getFullName()
                                    + " overrides the identity of GraphNode (the id)")));
                }
            });

    @ArchTest
    static final ArchRule entitiesLinkToEntitiesOnlyThroughRelationships = fields()
            .that().areDeclaredInClassesThat().resideInAPackage(GRAPH).and(referToAnEntity())
            .should().beAnnotatedWith(Relationship.class).orShould().beAnnotatedWith(StartNode.class)
            .orShould().beAnnotatedWith(EndNode.class);

    @ArchTest
    static final ArchRule entitiesHoldNoIdsOfOtherNodes = noFields()
            .that().areDeclaredInClassesThat().resideInAPackage(GRAPH)
            .and().areDeclaredInClassesThat().doNotHaveSimpleName("Change")
            .should().haveNameMatching(".+Ids?")
            .because("a link to another node is a relationship field, not a copy of its id (documentId, parentId); "
                    + "only the audit journal's Change names what it is about by id, since it outlives it");

    // (2) Only persistence talks to Neo4j: Cypher from cypher/ files, rows mapped to records in one place.

    @ArchTest
    static final ArchRule onlyPersistenceTalksToNeo4j = noClasses().that().resideOutsideOfPackage(PERSISTENCE)
            .should().dependOnClassesThat().resideInAnyPackage("org.neo4j.driver..", "org.neo4j.ogm.session..",
                    "org.neo4j.ogm.model..", "org.neo4j.dbms..", "org.neo4j.configuration..");

    @ArchTest
    static final ArchRule queriesComeFromTheCypherFiles = classes().that(runDriverQueries())
            .should().resideInAPackage(PERSISTENCE)
            .andShould().dependOnClassesThat().belongToAnyOf(CypherQueries.class);

    @ArchTest
    static final ArchRule onlyTheRecordMapperReadsResults = noClasses()
            .that().doNotHaveSimpleName("RecordMapper").and().doNotHaveSimpleName("Parameters")
            .should().callMethodWhere(ownerIsOneOf("org.neo4j.driver.Record", "org.neo4j.driver.Value",
                    "org.neo4j.driver.types.MapAccessor", "org.neo4j.driver.types.MapAccessorWithDefaultValue"))
            .because("query results become records through RecordMapper alone (Parameters turns records into "
                    + "query parameters)");

    // (4) loading owns parse -> write; persistence only talks to Neo4j.

    @ArchTest
    static final ArchRule persistenceKnowsNothingButTheModel = noClasses().that().resideInAPackage(PERSISTENCE)
            .should().dependOnClassesThat().resideInAnyPackage("dev.policygraph.ingest..", "dev.policygraph.loading..",
                    "dev.policygraph.analysis..", "dev.policygraph.api..", "dev.policygraph.cli..");

    @ArchTest
    static final ArchRule onlyLoadingWritesDocuments = noClasses().that()
            .resideOutsideOfPackages("dev.policygraph.loading..", PERSISTENCE)
            .should().callMethod(GraphWriter.class, "write", List.class)
            .orShould().callMethod(GraphWriter.class, "write", List.class, List.class)
            .orShould().callMethod(GraphWriter.class, "write", List.class, GraphWriter.Audit.class)
            .orShould().callMethod(GraphWriter.class, "write", List.class, List.class, GraphWriter.Audit.class);

    @ArchTest
    static final ArchRule onlyLoadingAndTheParseCommandRunTheParser = noClasses().that()
            .resideOutsideOfPackages("dev.policygraph.loading..", "dev.policygraph.cli..", "dev.policygraph.ingest..",
                    "dev.policygraph.extract..")
            .should().dependOnClassesThat().belongToAnyOf(DocumentParser.class);

    @ArchTest
    static final ArchRule startUpWorkOnTheGraphIsLoading = classes().that().implement(ApplicationRunner.class)
            .should().resideInAPackage("dev.policygraph.loading..");

    // A pure parser, a thin API, no cycles.

    @ArchTest
    static final ArchRule parserIsPure = noClasses().that().resideInAPackage("dev.policygraph.ingest..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.neo4j..", GRAPH,
                    PERSISTENCE, "dev.policygraph.loading..", "dev.policygraph.analysis..", "dev.policygraph.api..",
                    "dev.policygraph.cli..", "dev.policygraph.config..", "tools.jackson..");

    @ArchTest
    static final ArchRule extractionIsPure = noClasses().that().resideInAPackage("dev.policygraph.extract..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.neo4j..", GRAPH,
                    PERSISTENCE, "dev.policygraph.loading..", "dev.policygraph.analysis..", "dev.policygraph.api..",
                    "dev.policygraph.cli..", "dev.policygraph.config..", "tools.jackson..");

    @ArchTest
    static final ArchRule parserKnowsNoFileFormats = noClasses().that().resideInAPackage("dev.policygraph.ingest..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.policygraph.extract..", "org.apache.poi..",
                    "org.apache.pdfbox..", "org.jsoup..");

    @ArchTest
    static final ArchRule similarityIsPure = noClasses().that()
            .resideInAPackage("dev.policygraph.analysis.similarity..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.neo4j..", GRAPH,
                    PERSISTENCE, "dev.policygraph.api..", "dev.policygraph.cli..", "dev.policygraph.ingest..",
                    "tools.jackson..");

    @ArchTest
    static final ArchRule regionsArePureData = noClasses().that().resideInAPackage("dev.policygraph.region..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.neo4j..",
                    "tools.jackson..")
            .orShould().dependOnClassesThat().resideOutsideOfPackages("dev.policygraph.region..", "java..");

    @ArchTest
    static final ArchRule apiIsNotUsedByOtherPackages = noClasses().that()
            .resideOutsideOfPackage("dev.policygraph.api..")
            .should().dependOnClassesThat().resideInAPackage("dev.policygraph.api..");

    @ArchTest
    static final ArchRule analysisDoesNotDependOnApiCliOrLoading = noClasses().that()
            .resideInAPackage("dev.policygraph.analysis..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.policygraph.api..", "dev.policygraph.cli..",
                    "dev.policygraph.loading..");

    @ArchTest
    static final ArchRule noCycles = slices().matching("dev.policygraph.(*)..").should().beFreeOfCycles();

    private static DescribedPredicate<JavaField> referToAnEntity() {
        return DescribedPredicate.describe("refer to an entity", f -> f.getAllInvolvedRawTypes().stream()
                .anyMatch(t -> t.isAnnotatedWith(NodeEntity.class) || t.isAnnotatedWith(RelationshipEntity.class)
                        || t.isAssignableTo(GraphNode.class)));
    }

    private static DescribedPredicate<JavaClass> runDriverQueries() {
        return DescribedPredicate.describe("run driver queries", c -> c.getMethodCallsFromSelf().stream()
                .anyMatch(call -> call.getName().equals("run")
                        && call.getTargetOwner().isAssignableTo("org.neo4j.driver.SimpleQueryRunner")));
    }

    private static DescribedPredicate<com.tngtech.archunit.core.domain.JavaMethodCall> ownerIsOneOf(String... owners) {
        return DescribedPredicate.describe("the owner is a driver result type", call -> List.of(owners)
                .contains(call.getTargetOwner().getFullName()));
    }
}
