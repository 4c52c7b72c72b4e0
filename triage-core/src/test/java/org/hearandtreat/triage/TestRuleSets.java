package org.hearandtreat.triage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Test rule sets, built once per test JVM because a run-time build takes seconds. */
final class TestRuleSets {

    static final Instant NOW = Instant.parse("2026-11-23T14:05:00Z");

    private static RuleSet policy;
    private static RuleSet clinical;

    private TestRuleSets() {
    }

    /** @return the folder of a rule set under src/test/resources/rulesets */
    static Path folder(String name) {
        try {
            return Path.of(TestRuleSets.class.getResource("/rulesets/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the policy rule set, shared by every test class */
    static synchronized RuleSet policy() {
        if (policy == null) {
            policy = build(folder("policy"));
        }
        return policy;
    }

    /**
     * @return the clinical-model rule set (risk factors, findings from vitals, findings a complaint states, age- and
     *         sex-restricted questions and advice, age helpers), shared by every test class
     */
    static synchronized RuleSet clinical() {
        if (clinical == null) {
            clinical = build(folder("clinical"));
        }
        return clinical;
    }

    /** @return the rule set in the folder; a build failure fails the test with every problem listed */
    static RuleSet build(Path folder) {
        try {
            return RuleSet.fromDirectory(folder);
        } catch (RuleSetBuildException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** @return a writable copy of a test rule set, to break on purpose */
    static Path copy(String name, Path target) {
        return RuleFolders.copy(folder(name), target);
    }

    /**
     * Writes a rule-set folder: {@code ruleset.json}, {@code vocabulary.json} and one protocol file.
     *
     * @return the folder
     */
    static Path write(Path folder, String vocabularyJson, String drlPath, String drl) {
        try {
            Files.createDirectories(folder.resolve(drlPath).getParent());
            Files.writeString(folder.resolve("ruleset.json"),
                    "{ \"id\": \"written-test\", \"version\": \"1.0.0\", \"title\": \"Written by a test\" }");
            Files.writeString(folder.resolve("vocabulary.json"), vocabularyJson);
            Files.writeString(folder.resolve(drlPath), drl);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return a referral to one of {@link Vocabulary#STANDARD_SERVICES} */
    static HearAndTreat referral(String service, @Nullable Duration within) {
        return Vocabulary.STANDARD_SERVICES.stream().filter(s -> s.code().equals(service)).findFirst().orElseThrow()
                .refer(within);
    }

    /** @return a 45-year-old woman, not pregnant, with no history known */
    static Patient adult() {
        return Patient.builder().ageYears(45).sex(Sex.FEMALE).pregnancy(Pregnancy.NOT_PREGNANT).build();
    }

    /** @return an assessment of an adult with the given complaint and answers, no vitals */
    static Assessment assessment(String complaint, Map<String, Answer> answers) {
        return Assessment.builder().patient(adult()).complaint(complaint).answers(answers).evaluatedAt(NOW).build();
    }

    /** @return answers with every red flag for the TEST complaint answered NO, plus the given ones */
    static Map<String, Answer> safeTestAnswers(Map<String, Answer> extra) {
        Map<String, Answer> answers = new java.util.LinkedHashMap<>(Map.of(
                "RF_C1", Answer.NO, "RF_C2", Answer.NO, "RF_NO_RULE", Answer.NO));
        answers.putAll(extra);
        return answers;
    }
}
