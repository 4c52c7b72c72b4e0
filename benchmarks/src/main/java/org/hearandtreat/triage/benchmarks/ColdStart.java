package org.hearandtreat.triage.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.hearandtreat.triage.RuleSet;
import org.hearandtreat.triage.TriageEngine;
import org.hearandtreat.triage.TriageJson;
import org.hearandtreat.triage.TriageResult;

/**
 * Cold start: from JVM start to the first explained result, in a fresh JVM. Mode {@code jar} loads the prebuilt
 * rules jar; mode {@code drl} compiles the reference DRL folder at start-up. Prints one line with the milliseconds
 * from JVM start to {@code main}, to a loaded rule set, to a ready (warmed-up) engine and to the first result. Run by {@code benchmarks/cold-start.sh}.
 */
public final class ColdStart {

    private ColdStart() {
    }

    public static void main(String[] args) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long atMain = System.currentTimeMillis();
        String mode = args.length > 0 ? args[0] : "jar";
        RuleSet rules = mode.equals("drl")
                ? RuleSet.fromDirectory(Path.of("triage-rules/src/main/resources/org/hearandtreat/triage/protocols"))
                : RuleSet.fromClasspath(Cases.REFERENCE_RULES);
        long loaded = System.currentTimeMillis();
        TriageEngine engine = TriageEngine.create(rules);
        long ready = System.currentTimeMillis();
        TriageResult result = engine.evaluate(TriageJson.readAssessment(
                Files.readString(Path.of("examples/fall-uninjured-cannot-get-up.json"))));
        long first = System.currentTimeMillis();
        System.out.printf(Locale.ROOT, "%s main=%d rules=%d ready=%d first=%d disposition=%s%n", mode,
                atMain - jvmStart, loaded - jvmStart, ready - jvmStart, first - jvmStart, result.disposition().code());
    }
}
