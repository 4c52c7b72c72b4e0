package org.hearandtreat.triage;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Helpers for the clinical-model test rule set (src/test/resources/rulesets/clinical): its engine, and answers that
 * leave its red flags answered NO.
 */
final class ClinicalRuleSet {

    /** The red flags asked on every call, answered NO. */
    static final Map<String, Answer> NO_UNIVERSAL_RED_FLAGS = Map.of(
            "UNRESPONSIVE", Answer.NO, "NOT_BREATHING", Answer.NO, "NO_SIGNS_OF_LIFE", Answer.NO);

    /** Every red flag, the age- and sex-restricted one included, answered NO. */
    static final Map<String, Answer> NO_RED_FLAGS = with(NO_UNIVERSAL_RED_FLAGS, "BLEEDING_IN_PREGNANCY", Answer.NO);

    private static TriageEngine engine;

    private ClinicalRuleSet() {
    }

    /** @return an engine serving the clinical-model rule set, shared by every test class */
    static synchronized TriageEngine engine() {
        if (engine == null) {
            engine = TriageEngine.create(TestRuleSets.clinical());
        }
        return engine;
    }

    /** @return a copy of the answers with one more */
    static Map<String, Answer> with(Map<String, Answer> answers, String code, Answer answer) {
        Map<String, Answer> copy = new LinkedHashMap<>(answers);
        copy.put(code, answer);
        return copy;
    }

    /** @return an assessment of the patient under the complaint, without vitals */
    static Assessment assessment(Patient patient, String complaint, Map<String, Answer> answers) {
        return Assessment.builder().patient(patient).complaint(complaint).answers(answers)
                .evaluatedAt(TestRuleSets.NOW).build();
    }

    /** @return a referral to a service of the clinical rule set */
    static Disposition referral(String service, Duration within) {
        return engine().vocabulary().service(service).orElseThrow().refer(within);
    }
}
