package org.hearandtreat.triage.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hearandtreat.triage.Assessment;
import org.hearandtreat.triage.Guidance;
import org.hearandtreat.triage.TriageEngine;
import org.hearandtreat.triage.TriageResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Evaluation of the full reference protocols over the case suite's mix of calls (all 337, shuffled once), one engine
 * shared by every thread. {@code guidance} compares a full result (with next-question guidance, which re-evaluates
 * the call per unanswered question) with the decision alone. Latency, from the repository root:
 * {@code java -cp "benchmarks/target/benchmarks.jar:benchmarks/target/lib/*" org.openjdk.jmh.Main EvaluationBenchmark
 * -bm avgt,sample -prof gc}; throughput with {@code -bm thrpt -t 1} and {@code -t 2}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class EvaluationBenchmark {

    /** The engine and the case mix, built once per fork. */
    @State(Scope.Benchmark)
    public static class Engine {
        @Param({"NONE", "NEXT_QUESTIONS"})
        public Guidance guidance;

        TriageEngine engine;
        List<Assessment> calls;

        @Setup(Level.Trial)
        public void load() {
            engine = TriageEngine.create(Cases.referenceRules());
            calls = Cases.assessments(Cases.folder());
        }
    }

    /** Each thread walks the case mix on its own cursor. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Benchmark
    public TriageResult evaluate(Engine state, Cursor cursor) {
        List<Assessment> calls = state.calls;
        int i = cursor.next++;
        if (cursor.next == calls.size()) {
            cursor.next = 0;
        }
        return state.engine.evaluate(calls.get(i), state.guidance);
    }
}
