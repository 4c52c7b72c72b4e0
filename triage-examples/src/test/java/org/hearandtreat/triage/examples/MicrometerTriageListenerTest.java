package org.hearandtreat.triage.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import org.hearandtreat.triage.Assessment;
import org.hearandtreat.triage.InvalidAssessmentException;
import org.hearandtreat.triage.RuleSet;
import org.hearandtreat.triage.TriageEngine;
import org.hearandtreat.triage.TriageJson;
import org.junit.jupiter.api.Test;

/** The sample Micrometer binding counts what a service dashboard shows, tagged by rule set, with no patient detail. */
class MicrometerTriageListenerTest {

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
}
