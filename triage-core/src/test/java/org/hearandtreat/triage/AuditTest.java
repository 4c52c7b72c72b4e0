package org.hearandtreat.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearandtreat.triage.TestRuleSets.assessment;
import static org.hearandtreat.triage.TestRuleSets.safeTestAnswers;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AuditTest {

    @Test
    void everyEvaluation_givesOneRecordWithInputsResultVersionAndTiming() {
        ConcurrentLinkedQueue<AuditRecord> records = new ConcurrentLinkedQueue<>();
        TriageEngine engine = TriageEngine.create(TestRuleSets.policy(), records::add);
        Assessment call = assessment("TEST", safeTestAnswers(Map.of("Q_GP", Answer.YES)));

        TriageResult first = engine.evaluate(call);
        TriageResult second = engine.evaluate(call, Guidance.NONE);

        assertThat(records).hasSize(2);
        AuditRecord record = records.peek();
        assertThat(record.sequence()).isEqualTo(1);
        assertThat(record.assessment()).isEqualTo(call);
        assertThat(record.result()).isSameAs(first);
        assertThat(record.guidance()).isEqualTo(Guidance.NEXT_QUESTIONS);
        assertThat(record.ruleSet()).isEqualTo(TestRuleSets.policy().info());
        assertThat(record.evaluatedAt()).isEqualTo(call.evaluatedAt());
        assertThat(record.elapsed()).isPositive();
        assertThat(List.copyOf(records).get(1).result()).isSameAs(second);
        assertThat(List.copyOf(records).get(1).sequence()).isEqualTo(2);
    }

    @Test
    void rejectedInput_isNotRecorded() {
        ConcurrentLinkedQueue<AuditRecord> records = new ConcurrentLinkedQueue<>();
        TriageEngine engine = TriageEngine.create(TestRuleSets.policy(), records::add);

        assertThatThrownBy(() -> engine.evaluate(assessment("TEST", Map.of("NOPE", Answer.NO))))
                .isInstanceOf(InvalidAssessmentException.class);
        assertThat(records).isEmpty();
    }

    @Test
    void anAuditThatFails_failsTheEvaluation_visibly_butHandsOverTheComputedResult() {
        TriageEngine engine = TriageEngine.create(TestRuleSets.policy(), r -> {
            throw new IllegalStateException("audit store unavailable");
        });
        Assessment call = assessment("TEST", safeTestAnswers(Map.of("Q_C4", Answer.YES)));

        assertThatThrownBy(() -> engine.evaluate(call))
                .isInstanceOfSatisfying(AuditFailedException.class, e -> {
                    assertThat(e.result().disposition().code()).isEqualTo("C4");
                    assertThat(e.getCause()).hasMessage("audit store unavailable");
                })
                .hasMessageContaining("(C4)").hasMessageContaining("audit store unavailable");
    }

    @Test
    void concurrentEvaluations_giveOneRecordEach_withDistinctSequenceNumbers() throws Exception {
        ConcurrentLinkedQueue<AuditRecord> records = new ConcurrentLinkedQueue<>();
        TriageEngine engine = TriageEngine.create(TestRuleSets.policy(), records::add);
        Assessment call = assessment("TEST", safeTestAnswers(Map.of("Q_C3", Answer.YES)));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 2_000; i++) {
            pool.submit(() -> engine.evaluate(call, Guidance.NONE));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();

        assertThat(records).hasSize(2_000);
        assertThat(records.stream().map(AuditRecord::sequence).distinct().count()).isEqualTo(2_000);
    }
}
