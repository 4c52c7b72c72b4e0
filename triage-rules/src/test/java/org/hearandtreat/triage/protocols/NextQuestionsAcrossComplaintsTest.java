package org.hearandtreat.triage.protocols;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hearandtreat.triage.Answer;
import org.hearandtreat.triage.Assessment;
import org.hearandtreat.triage.Disposition;
import org.hearandtreat.triage.Guidance;
import org.hearandtreat.triage.HearAndTreat;
import org.hearandtreat.triage.NextQuestion;
import org.hearandtreat.triage.Patient;
import org.hearandtreat.triage.Pregnancy;
import org.hearandtreat.triage.SafetyFlag;
import org.hearandtreat.triage.ServiceKind;
import org.hearandtreat.triage.Sex;
import org.hearandtreat.triage.TriageResult;
import org.hearandtreat.triage.Vocabulary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every complaint, an unasked call lists every applicable red flag and cannot end in hear and treat: the engine
 * withholds it and decides a clinical callback itself. What the guidance predicts for each question it lists is what
 * answering that question really gives.
 */
class NextQuestionsAcrossComplaintsTest {

    private static final Patient PATIENT =
            Patient.builder().ageYears(40).sex(Sex.FEMALE).pregnancy(Pregnancy.NOT_PREGNANT).build();

    static List<String> complaints() {
        return ReferenceProtocols.ruleSet().vocabulary().complaints().stream().map(Vocabulary.Complaint::code).toList();
    }

    private static Assessment unaskedCall(String complaint) {
        return Assessment.builder().patient(PATIENT).complaint(complaint)
                .evaluatedAt(Instant.parse("2026-11-23T14:05:00Z")).build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("complaints")
    void unaskedCall_listsEveryApplicableRedFlag_andIsNotHearAndTreat(String complaint) {
        Vocabulary vocabulary = ReferenceProtocols.ruleSet().vocabulary();
        TriageResult result = ReferenceProtocols.engine().evaluate(unaskedCall(complaint));

        var applicableRedFlags = vocabulary.questions().stream()
                .filter(q -> q.redFlag() && q.appliesTo(complaint, PATIENT)).map(Vocabulary.Question::code).toList();
        assertThat(result.nextQuestions()).filteredOn(NextQuestion::redFlag).extracting(NextQuestion::code)
                .containsExactlyElementsOf(applicableRedFlags);
        // Not the referral a rule proposed, but the engine's own callback: the vocabulary's callback service, no later
        // than its default time frame, decided by an engine reason under a flag that says hear and treat was withheld
        // (or that no rule decided at all).
        assertThat(result.disposition()).isInstanceOfSatisfying(HearAndTreat.class, callback -> {
            assertThat(callback.kind()).isEqualTo(ServiceKind.CLINICAL_CALLBACK);
            assertThat(callback.service()).isEqualTo(vocabulary.defaults().callbackService());
            assertThat(callback.within()).isLessThanOrEqualTo(vocabulary.defaults().callbackWithin());
        });
        assertThat(result.flags()).containsAnyOf(SafetyFlag.HEAR_AND_TREAT_WITHHELD_RED_FLAGS_UNANSWERED,
                SafetyFlag.HEAR_AND_TREAT_WITHHELD_RED_FLAG_PRESENT, SafetyFlag.DEFAULT_NO_RULE_FIRED);
        assertThat(result.decidingReason().ruleId()).startsWith("ENGINE-");
    }

    /**
     * Each listed question's {@code ifYes} and {@code ifNo} are checked against a separate evaluation of the call with
     * that one answer added, never against the unasked call's own disposition: guidance that predicted the wrong
     * outcome (the current one, the other answer's, another question's) names the question and both dispositions.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("complaints")
    void unaskedCall_eachListedQuestion_predictsTheDispositionThatAnsweringItGives(String complaint) {
        Assessment call = unaskedCall(complaint);
        TriageResult result = ReferenceProtocols.engine().evaluate(call);

        assertThat(result.nextQuestions()).isNotEmpty();
        List<String> changedByYes = new ArrayList<>();
        for (NextQuestion q : result.nextQuestions()) {
            Disposition ifYes = dispositionAnswering(call, q.code(), Answer.YES);
            Disposition ifNo = dispositionAnswering(call, q.code(), Answer.NO);
            assertThat(q.ifYes()).as("%s: guidance says YES gives %s, answering YES gives %s", q.code(),
                    q.ifYes().code(), ifYes.code()).isEqualTo(ifYes);
            assertThat(q.ifNo()).as("%s: guidance says NO gives %s, answering NO gives %s", q.code(),
                    q.ifNo().code(), ifNo.code()).isEqualTo(ifNo);
            if (!ifYes.equals(result.disposition())) {
                changedByYes.add(q.code());
            }
        }
        // The comparison can fail: some YES really changes the outcome (every complaint has red flags that dispatch),
        // so guidance that just repeated the current disposition would be caught above.
        assertThat(changedByYes).as("questions whose YES changes %s", result.disposition().code()).isNotEmpty();
    }

    /** The call re-evaluated with one more answer: a question's, or a risk factor's in the patient's history. */
    private static Disposition dispositionAnswering(Assessment call, String code, Answer answer) {
        Assessment answered = ReferenceProtocols.ruleSet().vocabulary().riskFactor(code).isPresent()
                ? call.withHistory(code, answer) : call.withAnswer(code, answer);
        return ReferenceProtocols.engine().evaluate(answered, Guidance.NONE).disposition();
    }
}
