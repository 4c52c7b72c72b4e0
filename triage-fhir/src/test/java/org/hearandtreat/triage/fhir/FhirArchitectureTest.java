package org.hearandtreat.triage.fhir;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The adapter's API is FhirTriage (with its Routing) and the FhirCodes constants; it reaches the engine only through
 * the core's public API, never its Drools-backed internals. */
@AnalyzeClasses(packages = "org.hearandtreat.triage.fhir", importOptions = ImportOption.DoNotIncludeTests.class)
class FhirArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheFacadeAndItsCodesArePublic = classes()
            .that().resideInAPackage("org.hearandtreat.triage.fhir").and().arePublic()
            .should().haveSimpleName("FhirTriage").orShould().haveSimpleName("FhirCodes")
            .orShould().haveSimpleName("Routing");

    @ArchTest
    static final ArchRule usesOnlyTheEnginesPublicApi = noClasses()
            .that().resideInAPackage("org.hearandtreat.triage.fhir")
            .should().dependOnClassesThat().resideInAnyPackage("org.hearandtreat.triage.internal..", "org.drools..",
                    "org.kie..");
}
