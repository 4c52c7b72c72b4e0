package org.hearandtreat.triage.protocols;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Example;
import net.jqwik.api.Shrinkable;
import org.hearandtreat.triage.Assessment;
import org.hearandtreat.triage.Guidance;
import org.hearandtreat.triage.TriageEngine;
import org.hearandtreat.triage.TriageResult;

/**
 * More than a million evaluations across 2, 4 and 8 threads sharing one engine, each compared with the single-threaded
 * result for the same call: disposition, reasons, advice, NEWS2 and versions. Bounded in time (a few seconds on two
 * cores); runs as a jqwik example so its seeded generator has a jqwik context.
 */
class LoadTest {

    static final int CALLS = 4_000;
    static final int[] THREADS = {2, 4, 8};
    static final int EVALUATIONS_PER_RUN = 350_000;

    @Example
    void oneEngineUnderLoad_givesEveryCallItsSingleThreadedResult() throws Exception {
        TriageEngine engine = ReferenceProtocols.engine();
        List<Assessment> calls = ReferenceCalls.arbitrary().generator(1000).stream(new Random(20261123))
                .limit(CALLS).map(Shrinkable::value).toList();
        List<TriageResult> expected = calls.stream().map(c -> engine.evaluate(c, Guidance.NONE)).toList();
        long total = 0;
        for (int threads : THREADS) {
            AtomicLong mismatches = new AtomicLong();
            AtomicLong done = new AtomicLong();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> workers = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int seed = t;
                    workers.add(pool.submit(() -> {
                        Random random = new Random(seed);
                        for (int n = 0; n < EVALUATIONS_PER_RUN / threads; n++) {
                            int i = random.nextInt(CALLS);
                            if (!engine.evaluate(calls.get(i), Guidance.NONE).equals(expected.get(i))) {
                                mismatches.incrementAndGet();
                            }
                            done.incrementAndGet();
                        }
                    }));
                }
                for (Future<?> worker : workers) {
                    worker.get(5, TimeUnit.MINUTES);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(mismatches.get()).as("mismatches with %d threads", threads).isZero();
            total += done.get();
        }
        assertThat(total).isGreaterThanOrEqualTo(1_000_000);
    }
}
