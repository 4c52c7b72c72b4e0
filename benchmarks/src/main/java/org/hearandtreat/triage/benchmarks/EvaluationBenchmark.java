package org.hearandtreat.triage.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hearandtreat.triage.Assessment;
import org.hearandtreat.triage.RuleSet;
import org.hearandtreat.triage.RuleSetBuildException;
import org.hearandtreat.triage.TriageEngine;
import org.hearandtreat.triage.TriageJson;
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
 * Evaluation latency of the reference protocols over the case suite's assessments, one engine shared by all
 * threads. Run from the repository root after {@code mvn -B install -DskipTests}:
 * {@code java -cp "benchmarks/target/benchmarks.jar:benchmarks/target/lib/*" org.openjdk.jmh.Main EvaluationBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class EvaluationBenchmark {

    /** The engine and the case mix, built once per fork. */
    @State(Scope.Benchmark)
    public static class Engine {
        TriageEngine engine;
        List<Assessment> calls;

        @Setup(Level.Trial)
        public void load() throws RuleSetBuildException {
            engine = TriageEngine.create(RuleSet.fromClasspath("org/hearandtreat/triage/protocols"));
            calls = readCases(Path.of(System.getProperty("triage.cases", "triage-rules/src/test/resources/cases")));
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
        Assessment call = calls.get(cursor.next++ % calls.size());
        return state.engine.evaluate(call);
    }

    static List<Assessment> readCases(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            List<Assessment> calls = files.filter(p -> p.toString().endsWith(".json")).sorted().map(p -> {
                try {
                    return TriageJson.readCase(Files.readString(p)).assessment();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
            if (calls.isEmpty()) {
                throw new IllegalStateException("no case files under " + folder.toAbsolutePath());
            }
            return calls;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read cases under " + folder.toAbsolutePath(), e);
        }
    }
}
