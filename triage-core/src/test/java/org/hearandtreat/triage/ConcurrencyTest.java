package org.hearandtreat.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;

/** Runs as a jqwik example so that its seeded generators have a jqwik context. */
class ConcurrencyTest {

    private static final int THREADS = 4;
    private static final int ASSESSMENTS = 2_000;

    @Example
    void concurrentEvaluations_giveTheSameResultsAsSequentialOnes() throws Exception {
        TriageEngine engine = TriageEngine.create(TestRuleSets.policy());
        Arbitrary<Assessment> arbitrary = Assessments.over(engine.vocabulary());
        Random random = new Random(20261123);
        List<Assessment> assessments = arbitrary.generator(1000).stream(random).limit(ASSESSMENTS)
                .map(net.jqwik.api.Shrinkable::value).toList();
        List<TriageResult> sequential = assessments.stream().map(engine::evaluate).toList();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> mismatches = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < ASSESSMENTS; i++) {
                    order.add(i);
                }
                Collections.shuffle(order, new Random(t));
                mismatches.add(pool.submit((Callable<Integer>) () -> {
                    int wrong = 0;
                    for (int i : order) {
                        if (!engine.evaluate(assessments.get(i)).equals(sequential.get(i))) {
                            wrong++;
                        }
                    }
                    return wrong;
                }));
            }
            for (Future<Integer> f : mismatches) {
                assertThat(f.get(2, TimeUnit.MINUTES)).isZero();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sequential).extracting(TriageResult::disposition).map(Disposition::isDispatch)
                .as("the generated calls cover both dispatch and hear-and-treat outcomes").contains(true, false);
    }
}
