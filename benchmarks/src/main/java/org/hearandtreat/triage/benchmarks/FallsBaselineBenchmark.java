package org.hearandtreat.triage.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hearandtreat.triage.Assessment;
import org.hearandtreat.triage.Disposition;
import org.hearandtreat.triage.Guidance;
import org.hearandtreat.triage.TriageEngine;
import org.hearandtreat.triage.TriageResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The falls calls of the case suite, decided by the engine (full reference protocols, decision only) and by
 * {@link HandWrittenFalls}, in the same run, so the engine's cost reads as a ratio to the physical floor. Setup
 * refuses to measure unless both give the same disposition for every call.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class FallsBaselineBenchmark {

    /** The engine and the falls calls. */
    @State(Scope.Benchmark)
    public static class Falls {
        TriageEngine engine;
        List<Assessment> calls;

        @Setup(Level.Trial)
        public void load() {
            engine = TriageEngine.create(Cases.referenceRules());
            calls = Cases.assessments(Cases.folder().resolve("falls"));
            for (Assessment call : calls) {
                Disposition byEngine = engine.evaluate(call, Guidance.NONE).disposition();
                Disposition byHand = HandWrittenFalls.triage(call);
                // By code: the baseline's standard services carry no codings, which describe without deciding.
                if (!byEngine.code().equals(byHand.code())) {
                    throw new IllegalStateException("hand-written falls decision " + byHand.code()
                            + " differs from the engine's " + byEngine.code() + " for " + call);
                }
            }
        }
    }

    /** Each thread walks the calls on its own cursor. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        Assessment next(List<Assessment> calls) {
            Assessment call = calls.get(next++);
            if (next == calls.size()) {
                next = 0;
            }
            return call;
        }
    }

    @Benchmark
    public TriageResult engine(Falls falls, Cursor cursor) {
        return falls.engine.evaluate(cursor.next(falls.calls), Guidance.NONE);
    }

    @Benchmark
    public Disposition handWritten(Falls falls, Cursor cursor) {
        return HandWrittenFalls.triage(cursor.next(falls.calls));
    }
}
