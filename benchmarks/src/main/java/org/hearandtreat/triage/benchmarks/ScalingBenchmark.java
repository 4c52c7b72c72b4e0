package org.hearandtreat.triage.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hearandtreat.triage.Assessment;
import org.hearandtreat.triage.Guidance;
import org.hearandtreat.triage.RuleSet;
import org.hearandtreat.triage.RuleSetBuildException;
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
 * Decision latency as the rule set grows: generated rule sets of about 150, 500 and 1,500 rules shaped like the
 * reference protocols ({@link GeneratedRuleSet}), compiled at setup, evaluated without next-question guidance.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ScalingBenchmark {

    /** One generated rule set and its calls. */
    @State(Scope.Benchmark)
    public static class Sized {
        @Param({"150", "500", "1500"})
        public int rules;

        TriageEngine engine;
        List<Assessment> calls;

        @Setup(Level.Trial)
        public void build() throws IOException, RuleSetBuildException {
            RuleSet ruleSet = RuleSet.fromDirectory(GeneratedRuleSet.write(rules,
                    Files.createTempDirectory("generated-rules-")));
            engine = TriageEngine.create(ruleSet);
            calls = GeneratedRuleSet.calls(rules, 4096, 7);
        }
    }

    /** Each thread walks the calls on its own cursor. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Benchmark
    public TriageResult evaluate(Sized sized, Cursor cursor) {
        Assessment call = sized.calls.get(cursor.next);
        cursor.next = (cursor.next + 1) % sized.calls.size();
        return sized.engine.evaluate(call, Guidance.NONE);
    }
}
