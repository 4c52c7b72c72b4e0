package org.hearandtreat.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearandtreat.triage.TestRuleSets.assessment;
import static org.hearandtreat.triage.TestRuleSets.safeTestAnswers;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NextQuestionGuidanceTest {

    private static final TriageEngine ENGINE = TriageEngine.create(TestRuleSets.policy());

    @Test
    void questionNoRuleReads_isNeverListed() {
        TriageResult result = ENGINE.evaluate(assessment("TEST", Map.of()));

        assertThat(result.nextQuestions()).extracting(NextQuestion::code).doesNotContain("Q_UNUSED");
    }

    @Test
    void questionsKeepTheVocabularyAskingOrder_andReferralQuestionsWaitForTheRedFlags() {
        TriageResult result = ENGINE.evaluate(assessment("TEST", Map.of()));

        // Q_ED, Q_GP and Q_SELF cannot change anything yet: hear and treat stays withheld until the red flags are answered.
        assertThat(result.nextQuestions()).extracting(NextQuestion::code)
                .containsExactly("RF_C1", "RF_C2", "RF_NO_RULE", "Q_C3", "Q_C4", "Q_TWIN");
    }

    @Test
    void atCategory1_nothingCanChangeTheOutcome_soNothingIsListed() {
        TriageResult result = ENGINE.evaluate(assessment("TEST", Map.of("RF_C1", Answer.YES)));

        assertThat(result.disposition()).isEqualTo(Dispatch.category1());
        assertThat(result.nextQuestions()).isEmpty();
    }

    @Test
    void eachListedQuestion_reallyChangesTheDispositionOrBlocksHearAndTreat() {
        Assessment start = assessment("TEST", safeTestAnswers(Map.of("Q_C4", Answer.YES)));
        TriageResult result = ENGINE.evaluate(start);

        assertThat(result.nextQuestions()).isNotEmpty();
        for (NextQuestion q : result.nextQuestions()) {
            Disposition ifYes = ENGINE.evaluate(start.withAnswer(q.code(), Answer.YES)).disposition();
            Disposition ifNo = ENGINE.evaluate(start.withAnswer(q.code(), Answer.NO)).disposition();
            assertThat(q.ifYes()).isEqualTo(ifYes);
            assertThat(q.ifNo()).isEqualTo(ifNo);
            assertThat(ifYes.equals(result.disposition()) && ifNo.equals(result.disposition())).isFalse();
        }
    }

    @Test
    void redFlagsOfTheComplaintOnly_areAsked() {
        TriageResult result = ENGINE.evaluate(assessment("OTHER", Map.of("RF_C1", Answer.NO)));

        assertThat(result.nextQuestions()).filteredOn(NextQuestion::redFlag).extracting(NextQuestion::code)
                .containsExactly("RF_OTHER");
    }

    @Test
    void withoutGuidance_theResultIsTheSameButForTheNextQuestions() {
        Assessment call = assessment("TEST", Map.of("Q_GP", Answer.YES));
        TriageResult full = ENGINE.evaluate(call);
        TriageResult lean = ENGINE.evaluate(call, Guidance.NONE);

        assertThat(full.nextQuestions()).isNotEmpty();
        assertThat(lean.nextQuestions()).isEmpty();
        assertThat(lean.disposition()).isEqualTo(full.disposition());
        assertThat(lean.reasons()).isEqualTo(full.reasons());
        assertThat(lean.flags()).isEqualTo(full.flags());
        assertThat(lean.worseningAdvice()).isEqualTo(full.worseningAdvice());
    }
}
