package org.hearandtreat.triage.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The examples are written as an embedder would: through the public API, never the engine's internals or Drools. */
@AnalyzeClasses(packages = "org.hearandtreat.triage.examples", importOptions = ImportOption.DoNotIncludeTests.class)
class EmbedderArchitectureTest {

    @ArchTest
    static final ArchRule examplesUseOnlyThePublicApi = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.hearandtreat.triage.internal..", "org.drools..",
                    "org.kie..");
}
