package org.hearandtreat.triage.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.hearandtreat.triage.Answer;
import org.hearandtreat.triage.Assessment;
import org.hearandtreat.triage.InvalidAssessmentException;
import org.hearandtreat.triage.Patient;
import org.hearandtreat.triage.RuleSet;
import org.hearandtreat.triage.SafetyFlag;
import org.hearandtreat.triage.Sex;
import org.hearandtreat.triage.TriageEngine;
import org.hearandtreat.triage.TriageJson;
import org.hearandtreat.triage.TriageResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample Micrometer binding counts what a service dashboard shows, tagged by rule set, with no patient detail. */
class MicrometerTriageListenerTest {

    @TempDir
    Path dir;

    private static Assessment example(String name) throws Exception {
        return TriageJson.readAssessment(Files.readString(TriageCliTest.EXAMPLES.resolve(name)));
    }

    @Test
    void aFewCalls_areCountedByDispositionAndPathway_timed_andFailuresCounted() throws Exception {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        TriageEngine engine = TriageEngine.builder(RuleSet.fromClasspath(TriageCli.REFERENCE_RULES))
                .listener(new MicrometerTriageListener(registry)).listenerExecutor(Runnable::run).build();
        Assessment fall = example("fall-uninjured-cannot-get-up.json");
        Assessment chestPain = example("chest-pain-cardiac-features.json");

        engine.evaluate(fall);
        engine.evaluate(fall);
        engine.evaluate(chestPain);
        assertThatThrownBy(() -> engine.evaluate(fall.withComplaint("NOT_A_COMPLAINT")))
                .isInstanceOf(InvalidAssessmentException.class);
        String fallCode = engine.evaluate(fall).disposition().code().split("/")[0];
        String chestCategory = engine.evaluate(chestPain).disposition().code().substring(0, 2);

        assertThat(registry.get("triage.evaluations").tag("disposition", fallCode).counter().count()).isEqualTo(3);
        assertThat(registry.get("triage.evaluations").tag("disposition", chestCategory).tag("pathway", "DISPATCH")
                .counter().count()).isEqualTo(2);
        assertThat(registry.get("triage.evaluation.latency").timer().count()).isEqualTo(5);
        assertThat(registry.get("triage.failures").tag("failure", "INVALID_ASSESSMENT").counter().count())
                .isEqualTo(1);
        assertThat(registry.getMeters()).allSatisfy(meter -> assertThat(meter.getId().getTag("ruleset"))
                .isEqualTo("reference-protocols"));
        assertThat(registry.getMeters()).flatExtracting(m -> m.getId().getTags()).extracting(t -> t.getKey())
                .containsOnly("ruleset", "ruleset.version", "disposition", "pathway", "guidance", "failure");
        assertThat(engine.listenerHealth().failed()).isZero();
    }

    @Test
    void aRefusedReload_isCountedWithTheStageThatRefusedIt() throws Exception {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        TriageEngine engine = TriageEngine.builder(RuleSet.fromClasspath(TriageCli.REFERENCE_RULES))
                .listener(new MicrometerTriageListener(registry)).listenerExecutor(Runnable::run).build();

        engine.reload(() -> {
            throw new IllegalStateException("disk gone");
        });

        Meter reloads = registry.get("triage.reloads").tag("outcome", "BUILD").meter();
        assertThat(reloads.measure().iterator().next().getValue()).isEqualTo(1);
    }

    @Test
    void withheldHearAndTreatAndDefaultCallbacks_areCountedWithTheirReason() throws Exception {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        MicrometerTriageListener listener = new MicrometerTriageListener(registry);
        TriageEngine engine = TriageEngine.builder(RuleSet.fromClasspath(TriageCli.REFERENCE_RULES))
                .listener(listener).listenerExecutor(Runnable::run).build();
        Assessment fall = example("fall-uninjured-cannot-get-up.json");
        Assessment unasked = new Assessment(fall.patient(), "FALL", Map.of("FALL_CANNOT_GET_UP", Answer.YES),
                fall.vitals(), fall.evaluatedAt());

        TriageResult withheld = engine.evaluate(unasked);

        assertThat(withheld.flags()).contains(SafetyFlag.HEAR_AND_TREAT_WITHHELD_RED_FLAGS_UNANSWERED);
        assertThat(registry.get("triage.hear_and_treat.withheld")
                .tag("reason", "HEAR_AND_TREAT_WITHHELD_RED_FLAGS_UNANSWERED").counter().count()).isEqualTo(1);

        Path rules = dir.resolve("rules");
        Files.createDirectories(rules.resolve("quiet"));
        Files.writeString(rules.resolve("ruleset.json"), """
                { "id": "quiet", "version": "1", "title": "A rule that fires only on a YES" }""");
        Files.writeString(rules.resolve("vocabulary.json"), """
                { "complaints": [ { "code": "COUGH", "text": "Cough" } ],
                  "questions": [ { "code": "BARKING", "redFlag": false, "appliesTo": ["*"], "text": "Barking?" } ],
                  "advice": [] }""");
        Files.writeString(rules.resolve("quiet/quiet.drl"), """
                package quiet;

                import org.hearandtreat.triage.rules.Call;

                rule "A barking cough sees the GP"
                    @id("Q-1") @version("1") @source("test") @rationale("Fires only on a YES.")
                when
                    $call : Call( present("BARKING") )
                then
                    $call.referWithinHours("GP", 24);
                end
                """);
        TriageEngine quiet = TriageEngine.builder(RuleSet.fromDirectory(rules)).listener(listener)
                .listenerExecutor(Runnable::run).build();

        TriageResult fallback = quiet.evaluate(Assessment.builder().patient(Patient.builder().ageYears(40)
                .sex(Sex.FEMALE).build()).complaint("COUGH")
                .answer("BARKING", Answer.NO).evaluatedAt(fall.evaluatedAt()).build());

        assertThat(fallback.flags()).contains(SafetyFlag.DEFAULT_NO_RULE_FIRED);
        assertThat(registry.get("triage.default_callbacks").tag("ruleset", "quiet").counter().count()).isEqualTo(1);
        assertThat(registry.get("triage.evaluations").tag("ruleset", "quiet").tag("pathway", "CLINICAL_CALLBACK")
                .counter().count()).isEqualTo(1);
    }
}
