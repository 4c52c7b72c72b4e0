package org.hearandtreat.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearandtreat.triage.TestRuleSets.assessment;
import static org.hearandtreat.triage.TestRuleSets.safeTestAnswers;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A listener hears every evaluation, failure and reload, and can never change, fail or slow triage. */
class TriageListenerTest {

    private static final Assessment C4_CALL = assessment("TEST", safeTestAnswers(Map.of("Q_C4", Answer.YES)));

    /** Records events on the evaluating thread (direct executor), so the test sees them at once. */
    private static final class Recording implements TriageListener {
        final List<Object> events = new ArrayList<>();

        @Override
        public void evaluated(Evaluated event) {
            events.add(event);
        }

        @Override
        public void failed(Failed event) {
            events.add(event);
        }

        @Override
        public void reloaded(ReloadResult result) {
            events.add(result);
        }
    }

    @Test
    void everyEvaluationFailureAndReload_isHeard() {
        Recording recording = new Recording();
        TriageEngine engine = TriageEngine.builder(TestRuleSets.policy()).listener(recording)
                .listenerExecutor(Runnable::run).build();

        TriageResult result = engine.evaluate(C4_CALL, Guidance.NONE);
        assertThatThrownBy(() -> engine.evaluate(assessment("NOT_A_COMPLAINT", Map.of())))
                .isInstanceOf(InvalidAssessmentException.class);
        ReloadResult reload = engine.reload(TestRuleSets::policy);

        assertThat(recording.events).hasSize(3);
        assertThat(recording.events.get(0)).isInstanceOfSatisfying(TriageListener.Evaluated.class, e -> {
            assertThat(e.disposition()).isEqualTo(result.disposition());
            assertThat(e.decidingRuleId()).isEqualTo(result.decidingReason().ruleId());
            assertThat(e.ruleSet()).isEqualTo(result.ruleSet());
            assertThat(e.guidance()).isEqualTo(Guidance.NONE);
            assertThat(e.elapsed()).isPositive();
        });
        assertThat(recording.events.get(1)).isInstanceOfSatisfying(TriageListener.Failed.class,
                e -> assertThat(e.failure()).isEqualTo(TriageListener.Failure.INVALID_ASSESSMENT));
        assertThat(recording.events.get(2)).isEqualTo(reload);
        assertThat(engine.listenerHealth()).isEqualTo(new TriageListener.Health(3, 0, 0));
    }

    @Test
    void eventsCarryNoPatientDetail() {
        for (Class<?> event : List.of(TriageListener.Evaluated.class, TriageListener.Failed.class)) {
            assertThat(Arrays.stream(event.getRecordComponents()).map(RecordComponent::getType))
                    .as(event.getSimpleName())
                    .doesNotContain(Assessment.class, Patient.class, Vitals.class, Map.class, TriageResult.class,
                            AuditRecord.class);
        }
    }

    @Test
    void aListenerThatThrows_losesItsEventOnly_andTriageGoesOn() {
        TriageEngine engine = TriageEngine.builder(TestRuleSets.policy()).listenerExecutor(Runnable::run)
                .listener(new TriageListener() {
                    @Override
                    public void evaluated(Evaluated event) {
                        throw new IllegalStateException("metrics backend down");
                    }
                }).build();
        TriageResult expected = TriageEngine.create(TestRuleSets.policy()).evaluate(C4_CALL);

        for (int i = 0; i < 3; i++) {
            assertThat(engine.evaluate(C4_CALL)).isEqualTo(expected);
        }
        assertThat(engine.listenerHealth()).isEqualTo(new TriageListener.Health(0, 0, 3));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // a guard against a hang, not a timing: evaluate must not wait
    void aListenerThatBlocks_dropsEvents_andNeverHoldsTriageUp() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch blocked = new CountDownLatch(1);
        ExecutorService delivery = Executors.newSingleThreadExecutor();
        try {
            TriageEngine engine = TriageEngine.builder(TestRuleSets.policy()).listenerExecutor(delivery)
                    .listener(new TriageListener() {
                        @Override
                        public void evaluated(Evaluated event) {
                            blocked.countDown();
                            try {
                                release.await();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        }
                    }).build();
            engine.evaluate(C4_CALL, Guidance.NONE);
            assertThat(blocked.await(30, TimeUnit.SECONDS)).isTrue();
            int extra = 100;

            for (int i = 0; i < 4096 + extra; i++) {
                engine.evaluate(C4_CALL, Guidance.NONE);
            }

            assertThat(engine.listenerHealth().dropped()).isEqualTo(extra);
            release.countDown();
        } finally {
            release.countDown();
            delivery.shutdown();
        }
    }
}
