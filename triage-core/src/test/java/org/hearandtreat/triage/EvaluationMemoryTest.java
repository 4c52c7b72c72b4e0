package org.hearandtreat.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reused rule sessions must not keep anything from one evaluation to the next. A leak of the kind a reused Drools
 * session shows when a call is deleted rather than the session reset (some 800 bytes per evaluation) would retain
 * well over 100 MB here; the check allows 40 MB of noise.
 */
class EvaluationMemoryTest {

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    @Test
    void manyEvaluations_retainNothing() {
        TriageEngine engine = TriageEngine.create(TestRuleSets.policy());
        Assessment call = TestRuleSets.assessment("TEST", TestRuleSets.safeTestAnswers(
                Map.of("Q_GP", Answer.YES, "Q_C4", Answer.YES, "Q_NOTE", Answer.YES)));
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 10_000; i++) {
            engine.evaluate(call, Guidance.NONE);
        }
        long before = usedAfterGc(memory);

        for (int i = 0; i < 200_000; i++) {
            engine.evaluate(call, Guidance.NONE);
        }

        long grown = usedAfterGc(memory) - before;
        assertThat(grown).as("heap retained after 200,000 evaluations, bytes").isLessThan(40L * 1024 * 1024);
    }
}
