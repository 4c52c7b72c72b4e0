package org.hearandtreat.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearandtreat.triage.ClinicalRuleSet.NO_RED_FLAGS;
import static org.hearandtreat.triage.ClinicalRuleSet.with;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A complaint states the findings in its vocabulary entry's {@code implies}: a call opened as "Fit or seizure" has
 * told us there was a seizure. Rules read the finding, so it means the same under every complaint.
 */
class ComplaintImpliesTest {

    private static final TriageEngine ENGINE = ClinicalRuleSet.engine();

    private static TriageResult triage(String complaint, Map<String, Answer> answers) {
        return ENGINE.evaluate(ClinicalRuleSet.assessment(TestRuleSets.adult(), complaint, answers));
    }

    @Test
    void complaintThatImpliesAFinding_makesItPresent_withoutItBeingAsked() {
        TriageResult result = triage("SEIZURE", NO_RED_FLAGS);

        assertThat(ENGINE.vocabulary().complaint("SEIZURE").orElseThrow().implies()).containsExactly("HAD_SEIZURE");
        assertThat(result.disposition()).isEqualTo(Dispatch.category3());
        assertThat(result.decidingReason().ruleId()).isEqualTo("M-SEIZURE");
        assertThat(result.nextQuestions()).extracting(NextQuestion::code)
                .as("the complaint has answered it").doesNotContain("HAD_SEIZURE");
    }

    @Test
    void sameFindingUnderAnotherComplaint_givesTheSameOutcome() {
        TriageResult stated = triage("SEIZURE", NO_RED_FLAGS);
        TriageResult answered = triage("UNWELL", with(NO_RED_FLAGS, "HAD_SEIZURE", Answer.YES));

        assertThat(answered.disposition()).isEqualTo(stated.disposition());
        assertThat(answered.firedRuleIds()).isEqualTo(stated.firedRuleIds());
    }

    @Test
    void findingNotImpliedByTheComplaint_isNotPresentUntilAnswered() {
        TriageResult result = triage("UNWELL", NO_RED_FLAGS);

        assertThat(result.firedRuleIds()).doesNotContain("M-SEIZURE");
        assertThat(result.disposition().isDispatch()).isFalse();
        assertThat(result.nextQuestions()).extracting(NextQuestion::code).contains("HAD_SEIZURE");
    }

    @Test
    void answerNo_cannotUnsayWhatTheComplaintStates() {
        TriageResult result = triage("SEIZURE", with(NO_RED_FLAGS, "HAD_SEIZURE", Answer.NO));

        assertThat(result.disposition()).isEqualTo(Dispatch.category3());
    }

    @Test
    void copyOpenedUnderAnotherComplaint_losesWhatTheFirstComplaintStated() {
        Assessment seizure = ClinicalRuleSet.assessment(TestRuleSets.adult(), "SEIZURE", NO_RED_FLAGS);

        assertThat(seizure.withComplaint("UNWELL").complaint()).isEqualTo("UNWELL");
        assertThat(ENGINE.evaluate(seizure.withComplaint("UNWELL")).firedRuleIds()).doesNotContain("M-SEIZURE");
    }
}
