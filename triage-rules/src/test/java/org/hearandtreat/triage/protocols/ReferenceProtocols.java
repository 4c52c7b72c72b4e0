package org.hearandtreat.triage.protocols;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hearandtreat.triage.Disposition;
import org.hearandtreat.triage.RuleSet;
import org.hearandtreat.triage.RuleSetBuildException;
import org.hearandtreat.triage.TriageCase;
import org.hearandtreat.triage.TriageEngine;
import org.hearandtreat.triage.TriageJson;

/** The reference rule set from the rules jar, loaded once per test JVM, and the case files. */
final class ReferenceProtocols {

    static final String RESOURCE_FOLDER = "org/hearandtreat/triage/protocols";
    static final Path SOURCE_FOLDER = Path.of("src/main/resources", RESOURCE_FOLDER);

    private static RuleSet ruleSet;
    private static TriageEngine engine;

    private ReferenceProtocols() {
    }

    static synchronized RuleSet ruleSet() {
        if (ruleSet == null) {
            try {
                ruleSet = RuleSet.fromClasspath(RESOURCE_FOLDER);
            } catch (RuleSetBuildException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return ruleSet;
    }

    static synchronized TriageEngine engine() {
        if (engine == null) {
            engine = TriageEngine.create(ruleSet());
        }
        return engine;
    }

    /** A case file and its path relative to the cases folder. */
    record CaseFile(String path, TriageCase triageCase) {
        @Override
        public String toString() {
            return path;
        }
    }

    /** @return the case's expected disposition, read against the reference services */
    static Disposition expected(TriageCase triageCase) {
        return ruleSet().vocabulary().disposition(triageCase.expected());
    }

    static List<CaseFile> cases() {
        try {
            Path root = Path.of(ReferenceProtocols.class.getResource("/cases").toURI());
            try (Stream<Path> files = Files.walk(root)) {
                return files.filter(p -> p.toString().endsWith(".json")).sorted().map(p -> {
                    String rel = root.relativize(p).toString().replace('\\', '/');
                    try {
                        return new CaseFile(rel, TriageJson.readCase(Files.readString(p)));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalStateException("case " + rel + ": " + e.getMessage(), e);
                    }
                }).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
