package org.hearandtreat.triage.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.hearandtreat.triage.Answer;
import org.hearandtreat.triage.Assessment;
import org.hearandtreat.triage.InvalidAssessmentException;
import org.hearandtreat.triage.RuleSet;
import org.hearandtreat.triage.TriageEngine;
import org.hearandtreat.triage.TriageJson;
import org.hearandtreat.triage.TriageResult;
import org.junit.jupiter.api.Test;

/** The dispatch-style service triages calls on several threads, using only the public API. */
class DispatchServiceTest {

    @Test
    void callsTriagedOnFourThreads_matchSequentialResults() throws Exception {
        TriageEngine engine = TriageEngine.create(RuleSet.fromClasspath(TriageCli.REFERENCE_RULES));
        Assessment fall = TriageJson.readAssessment(Files.readString(
                TriageCliTest.EXAMPLES.resolve("fall-uninjured-cannot-get-up.json")));
        Assessment chest = TriageJson.readAssessment(Files.readString(
                TriageCliTest.EXAMPLES.resolve("chest-pain-cardiac-features.json")));
        List<Assessment> calls = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            Assessment base = i % 2 == 0 ? fall : chest;
            calls.add(i % 3 == 0 ? base.withAnswer("CHOKING", Answer.YES) : base);
        }
        List<TriageResult> sequential = calls.stream().map(engine::evaluate).toList();

        List<CompletableFuture<TriageResult>> futures = new ArrayList<>();
        try (DispatchService service = new DispatchService(engine, 4)) {
            calls.forEach(call -> futures.add(service.triage(call)));
            for (int i = 0; i < calls.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(sequential.get(i));
            }
        }
        assertThat(sequential).extracting(r -> r.disposition().code()).contains("C1", "C2A", "FALLS_RESPONSE/PT2H");
    }

    @Test
    void badCall_failsItsFutureWithTheValidationError() throws Exception {
        TriageEngine engine = TriageEngine.create(RuleSet.fromClasspath(TriageCli.REFERENCE_RULES));
        Assessment call = TriageJson.readAssessment(Files.readString(
                TriageCliTest.EXAMPLES.resolve("chest-pain-cardiac-features.json"))).withAnswer("NO_SUCH_CODE", Answer.NO);

        try (DispatchService service = new DispatchService(engine, 2)) {
            assertThatThrownBy(() -> service.triage(call).get()).isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(InvalidAssessmentException.class)
                    .hasMessageContaining("$.answers.NO_SUCH_CODE");
        }
    }

    @Test
    void threadCount_isValidated() throws Exception {
        TriageEngine engine = TriageEngine.create(RuleSet.fromClasspath(TriageCli.REFERENCE_RULES));
        assertThatThrownBy(() -> new DispatchService(engine, 0)).hasMessageContaining("got 0");
    }
}
