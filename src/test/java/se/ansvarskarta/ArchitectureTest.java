package se.ansvarskarta;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package-by-feature boundaries of STYLE.md, made executable. */
@AnalyzeClasses(packages = "se.ansvarskarta", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featuresDoNotDependOnEachOtherInCycles =
            slices().matching("se.ansvarskarta.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theGraphVocabularyAndDatabaseAccessDependOnNoFeature =
            noClasses().that().resideInAPackage("se.ansvarskarta.graph..")
                    .should().dependOnClassesThat().resideInAnyPackage("se.ansvarskarta.model..",
                            "se.ansvarskarta.projection..", "se.ansvarskarta.impact..", "se.ansvarskarta.protection..",
                            "se.ansvarskarta.risk..", "se.ansvarskarta.responsibility..", "se.ansvarskarta.report..",
                            "se.ansvarskarta.catalog..", "se.ansvarskarta.web..", "se.ansvarskarta.security..",
                            "se.ansvarskarta.api..");

    @ArchTest
    static final ArchRule theProjectionKnowsOnlyTheGraph =
            noClasses().that().resideInAPackage("se.ansvarskarta.projection..")
                    .should().dependOnClassesThat().resideInAnyPackage("se.ansvarskarta.model..",
                            "se.ansvarskarta.impact..", "se.ansvarskarta.protection..", "se.ansvarskarta.risk..",
                            "se.ansvarskarta.responsibility..", "se.ansvarskarta.report..", "se.ansvarskarta.catalog..",
                            "se.ansvarskarta.web..", "se.ansvarskarta.api..");

    @ArchTest
    static final ArchRule analysesDoNotReachIntoImportOrReports =
            noClasses().that().resideInAnyPackage("se.ansvarskarta.impact..", "se.ansvarskarta.protection..",
                            "se.ansvarskarta.risk..", "se.ansvarskarta.responsibility..")
                    .should().dependOnClassesThat().resideInAnyPackage("se.ansvarskarta.model..",
                            "se.ansvarskarta.report..", "se.ansvarskarta.web..");
}
