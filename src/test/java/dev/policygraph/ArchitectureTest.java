package dev.policygraph;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Package boundaries: a pure parser, thin API, the driver behind persistence and analysis. */
@AnalyzeClasses(packages = "dev.policygraph", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule parserIsPure = noClasses().that().resideInAPackage("dev.policygraph.ingest..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.neo4j..",
                    "dev.policygraph.graph..", "dev.policygraph.persistence..", "dev.policygraph.analysis..",
                    "dev.policygraph.api..", "dev.policygraph.cli..", "tools.jackson..");

    @ArchTest
    static final ArchRule extractionIsPure = noClasses().that().resideInAPackage("dev.policygraph.extract..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.neo4j..",
                    "dev.policygraph.graph..", "dev.policygraph.persistence..", "dev.policygraph.analysis..",
                    "dev.policygraph.api..", "dev.policygraph.cli..", "tools.jackson..");

    @ArchTest
    static final ArchRule parserKnowsNoFileFormats = noClasses().that().resideInAPackage("dev.policygraph.ingest..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.policygraph.extract..", "org.apache.poi..",
                    "org.apache.pdfbox..", "org.jsoup..");

    @ArchTest
    static final ArchRule similarityIsPure = noClasses().that()
            .resideInAPackage("dev.policygraph.analysis.similarity..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.neo4j..",
                    "dev.policygraph.graph..", "dev.policygraph.persistence..", "dev.policygraph.api..",
                    "dev.policygraph.cli..", "dev.policygraph.ingest..", "tools.jackson..");

    @ArchTest
    static final ArchRule regionsArePureData = noClasses().that().resideInAPackage("dev.policygraph.region..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.neo4j..",
                    "tools.jackson..")
            .orShould().dependOnClassesThat().resideOutsideOfPackages("dev.policygraph.region..", "java..");

    @ArchTest
    static final ArchRule entitiesDependOnNothingOfOurs = noClasses().that().resideInAPackage("dev.policygraph.graph..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.policygraph.ingest..",
                    "dev.policygraph.persistence..", "dev.policygraph.analysis..", "dev.policygraph.api..",
                    "dev.policygraph.cli..");

    @ArchTest
    static final ArchRule apiAndCliGoThroughPersistenceAndAnalysis = noClasses().that()
            .resideInAnyPackage("dev.policygraph.api..", "dev.policygraph.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.neo4j..");

    @ArchTest
    static final ArchRule analysisReadsRecordsButOpensNoSessions = noClasses().that()
            .resideInAPackage("dev.policygraph.analysis..")
            .should().dependOnClassesThat().resideInAnyPackage("org.neo4j.ogm..", "org.neo4j.dbms..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.neo4j.driver.Driver")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.neo4j.driver.Session");

    @ArchTest
    static final ArchRule apiIsNotUsedByOtherPackages = noClasses().that()
            .resideOutsideOfPackage("dev.policygraph.api..")
            .should().dependOnClassesThat().resideInAPackage("dev.policygraph.api..");

    @ArchTest
    static final ArchRule analysisDoesNotDependOnApiOrCli = noClasses().that()
            .resideInAPackage("dev.policygraph.analysis..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.policygraph.api..", "dev.policygraph.cli..");

    @ArchTest
    static final ArchRule noCycles = slices().matching("dev.policygraph.(*)..").should().beFreeOfCycles();
}
