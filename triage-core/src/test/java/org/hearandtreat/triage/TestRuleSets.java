package org.hearandtreat.triage;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/** Test rule sets, built once per test JVM because a run-time build takes seconds. */
final class TestRuleSets {

    static final Instant NOW = Instant.parse("2026-11-23T14:05:00Z");

    private static RuleSet policy;

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
            try {
                policy = RuleSet.fromDirectory(folder("policy"));
            } catch (RuleSetBuildException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return policy;
    }

    /** @return a writable copy of a test rule set, to break on purpose */
    static Path copy(String name, Path target) {
        return RuleFolders.copy(folder(name), target);
    }

    /** @return an assessment of an adult with the given complaint and answers, no vitals */
    static Assessment assessment(String complaint, Map<String, Answer> answers) {
        return new Assessment(new Patient(45, Sex.FEMALE, Pregnancy.NOT_PREGNANT, History.NONE_KNOWN), complaint,
                answers, null, NOW);
    }

    /** @return answers with every red flag for the TEST complaint answered NO, plus the given ones */
    static Map<String, Answer> safeTestAnswers(Map<String, Answer> extra) {
        Map<String, Answer> answers = new java.util.LinkedHashMap<>(Map.of(
                "RF_C1", Answer.NO, "RF_C2", Answer.NO, "RF_NO_RULE", Answer.NO));
        answers.putAll(extra);
        return answers;
    }
}
