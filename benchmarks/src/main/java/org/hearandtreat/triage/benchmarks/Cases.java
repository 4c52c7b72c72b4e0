package org.hearandtreat.triage.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.hearandtreat.triage.Assessment;
import org.hearandtreat.triage.RuleSet;
import org.hearandtreat.triage.RuleSetBuildException;
import org.hearandtreat.triage.TriageJson;

/** The realistic case mix: every assessment of the reference case suite, in a fixed shuffled order. */
final class Cases {

    /** System property naming the case folder; the default works from the repository root. */
    static final String FOLDER_PROPERTY = "triage.cases";
    static final String REFERENCE_RULES = "org/hearandtreat/triage/protocols";

    private Cases() {
    }

    static Path folder() {
        Path folder = Path.of(System.getProperty(FOLDER_PROPERTY, "triage-rules/src/test/resources/cases"));
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("No case folder at " + folder.toAbsolutePath()
                    + ": run from the repository root or set -D" + FOLDER_PROPERTY);
        }
        return folder;
    }

    /** @return the assessments under the folder, shuffled with a fixed seed so every run sees the same mix */
    static List<Assessment> assessments(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            List<Assessment> calls = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                calls.add(TriageJson.readCase(Files.readString(p)).assessment());
            }
            if (calls.isEmpty()) {
                throw new IllegalStateException("no case files under " + folder.toAbsolutePath());
            }
            Collections.shuffle(calls, new Random(20261123));
            return List.copyOf(calls);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RuleSet referenceRules() {
        try {
            return RuleSet.fromClasspath(REFERENCE_RULES);
        } catch (RuleSetBuildException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
