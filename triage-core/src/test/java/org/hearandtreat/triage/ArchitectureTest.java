package org.hearandtreat.triage;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.stream.Stream;

@AnalyzeClasses(packages = "org.hearandtreat.triage", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] DROOLS = {"org.drools..", "org.kie.."};
    private static final String[] PUBLIC_API = {"org.hearandtreat.triage", "org.hearandtreat.triage.rules"};

    private static final ArchCondition<JavaCodeUnit> EXPOSE_NO_DROOLS_TYPE =
            new ArchCondition<>("expose no Drools or KIE type") {
                @Override
                public void check(JavaCodeUnit unit, ConditionEvents events) {
                    Stream.concat(unit.getReturnType().getAllInvolvedRawTypes().stream(),
                                    unit.getParameterTypes().stream().flatMap(t -> t.getAllInvolvedRawTypes().stream()))
                            .filter(type -> type.getPackageName().startsWith("org.drools")
                                    || type.getPackageName().startsWith("org.kie"))
                            .forEach(type -> events.add(SimpleConditionEvent.violated(unit,
                                    unit.getFullName() + " exposes " + type.getName())));
                }
            };

    @ArchTest
    static final ArchRule publicSignaturesExposeNoDroolsType = codeUnits()
            .that().areDeclaredInClassesThat().resideInAnyPackage(PUBLIC_API)
            .and().areDeclaredInClassesThat().arePublic()
            .and().arePublic()
            .should(EXPOSE_NO_DROOLS_TYPE);

    @ArchTest
    static final ArchRule publicApiLeavesDroolsToTheInternalPackage = noClasses()
            .that().resideInAnyPackage(PUBLIC_API)
            .should().dependOnClassesThat().resideInAnyPackage(DROOLS);

    /** Drools internals beyond the KIE API live in one adapter, so an upgrade has one class to re-verify. */
    @ArchTest
    static final ArchRule droolsInternalsStayInTheAdapter = noClasses()
            .that().doNotHaveSimpleName("DroolsInternals")
            .should().dependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(
                    "org.drools..").and(com.tngtech.archunit.base.DescribedPredicate.not(
                    com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(
                            "org.drools.drl.ast.descr..", "org.drools.mvel.parser.ast.."))))
            .because("the syntax trees the rule-language check reads are the only other Drools types used");

    /** Public signatures never mention the implementation, so embedders cannot come to depend on it. */
    @ArchTest
    static final ArchRule publicSignaturesExposeNoInternalType = codeUnits()
            .that().areDeclaredInClassesThat().resideInAnyPackage(PUBLIC_API)
            .and().areDeclaredInClassesThat().arePublic()
            .and().arePublic()
            .should(new ArchCondition<>("expose no internal type") {
                @Override
                public void check(JavaCodeUnit unit, ConditionEvents events) {
                    Stream.concat(unit.getReturnType().getAllInvolvedRawTypes().stream(),
                                    unit.getParameterTypes().stream().flatMap(t -> t.getAllInvolvedRawTypes().stream()))
                            .filter(type -> type.getPackageName().startsWith("org.hearandtreat.triage.internal"))
                            .forEach(type -> events.add(SimpleConditionEvent.violated(unit,
                                    unit.getFullName() + " exposes " + type.getName())));
                }
            });

    @ArchTest
    static final ArchRule internalIsNotUsedByTheRuleFacingApi = noClasses()
            .that().resideInAPackage("org.hearandtreat.triage.rules")
            .should().dependOnClassesThat().resideInAPackage("org.hearandtreat.triage.internal");

    @ArchTest
    static final ArchRule publicApiTypesAreFinalRecordsEnumsOrInterfaces = com.tngtech.archunit.lang.syntax
            .ArchRuleDefinition.classes()
            .that().resideInAnyPackage(PUBLIC_API).and().arePublic().and().areNotInterfaces().and().areNotEnums()
            .and().areTopLevelClasses()
            .should().haveModifier(JavaModifier.FINAL)
            .orShould(new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaClass>(
                    "be sealed") {
                @Override
                public void check(com.tngtech.archunit.core.domain.JavaClass type,
                        com.tngtech.archunit.lang.ConditionEvents events) {
                    boolean sealed = type.reflect().isSealed();
                    events.add(new com.tngtech.archunit.lang.SimpleConditionEvent(type, sealed,
                            type.getName() + (sealed ? " is" : " is not") + " sealed"));
                }
            });

    @ArchTest
    static final ArchRule libraryNeverPrints = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    /** Patient data leaves the library only in results and audit records, never in a log line. */
    @ArchTest
    static final ArchRule libraryNeverLogs = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.slf4j..", "java.util.logging..",
                    "org.apache.logging..", "ch.qos.logback..")
            .because("nothing with patient data may be written to logs by the library");

    @ArchTest
    static final ArchRule libraryNeverReadsTheWallClock = noClasses()
            .should().callMethodWhere(DescribedPredicate.describe("a wall-clock read", call ->
                    call.getTarget().getOwner().isEquivalentTo(System.class)
                            && call.getTarget().getName().equals("currentTimeMillis")
                            || call.getTarget().getName().equals("now")
                            && call.getTarget().getOwner().getPackageName().equals("java.time")));

}
