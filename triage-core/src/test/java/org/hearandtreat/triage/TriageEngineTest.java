package org.hearandtreat.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearandtreat.triage.TestRuleSets.assessment;
import static org.hearandtreat.triage.TestRuleSets.referral;
import static org.hearandtreat.triage.TestRuleSets.safeTestAnswers;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TriageEngineTest {

    private static final TriageEngine ENGINE = TriageEngine.create(TestRuleSets.policy());

    private static TriageResult triage(Map<String, Answer> answers) {
        return ENGINE.evaluate(assessment("TEST", answers));
    }

    @Test
    void mostUrgentProposalWins_andTheOthersAreReportedAsOutranked() {
        TriageResult result = triage(safeTestAnswers(Map.of("Q_C3", Answer.YES, "Q_C4", Answer.YES,
                "Q_GP", Answer.YES, "RF_C2", Answer.YES)));

        assertThat(result.disposition()).isEqualTo(Dispatch.category2(C2Segment.B));
        assertThat(result.decidingReason().ruleId()).isEqualTo("P-C2");
        assertThat(result.reasons()).extracting(Reason::ruleId, Reason::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple("P-C2", Reason.Role.SELECTED),
                org.assertj.core.groups.Tuple.tuple("P-C3", Reason.Role.OUTRANKED),
                org.assertj.core.groups.Tuple.tuple("P-C4", Reason.Role.OUTRANKED),
                org.assertj.core.groups.Tuple.tuple("P-GP", Reason.Role.OUTRANKED));
        assertThat(result.flags()).isEmpty();
    }

    @Test
    void everyReasonCarriesRuleMetadata() {
        Reason reason = triage(safeTestAnswers(Map.of("Q_C4", Answer.YES))).decidingReason();

        assertThat(reason).isEqualTo(new Reason("P-C4", "Finding four is category 4", "Exercises category 4.",
                "test", "1", Dispatch.category4(), Reason.Role.SELECTED));
    }

    @Test
    void redFlagAnsweredUnknown_countsAsPresent() {
        TriageResult result = triage(safeTestAnswers(Map.of("RF_C1", Answer.UNKNOWN)));

        assertThat(result.disposition()).isEqualTo(Dispatch.category1());
        assertThat(result.redFlagsReadAsPresent()).containsExactly("RF_C1");
    }

    @Test
    void nonRedFlagAnsweredUnknown_isNotPresent() {
        TriageResult result = triage(safeTestAnswers(Map.of("Q_C3", Answer.UNKNOWN, "Q_GP", Answer.YES)));

        assertThat(result.disposition()).isEqualTo(referral("GP", Duration.ofHours(24)));
        assertThat(result.redFlagsReadAsPresent()).isEmpty();
    }

    @Test
    void hearAndTreat_whenNoDispatchAndEveryRedFlagAnsweredNo_carriesItsAdvice() {
        TriageResult result = triage(safeTestAnswers(Map.of("Q_GP", Answer.YES)));

        assertThat(result.disposition()).isEqualTo(referral("GP", Duration.ofHours(24)));
        assertThat(result.careAdvice()).containsExactly(new AdviceGiven("GP_CARE", "Take paracetamol."));
        assertThat(result.worseningAdvice()).containsExactly(new AdviceGiven("GP_WORSE", "Call back if worse."));
    }

    @Test
    void unansweredRedFlag_withholdsHearAndTreat_andIsListedAsNextQuestion() {
        TriageResult result = triage(Map.of("RF_C1", Answer.NO, "RF_C2", Answer.NO, "Q_SELF", Answer.YES));

        assertThat(result.disposition()).isEqualTo(referral("CLINICAL_CALLBACK", Duration.ofHours(1)));
        assertThat(result.flags()).containsExactly(SafetyFlag.HEAR_AND_TREAT_WITHHELD_RED_FLAGS_UNANSWERED);
        assertThat(result.reasons()).extracting(Reason::ruleId, Reason::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ENGINE-WITHHOLD-UNANSWERED-RED-FLAGS", Reason.Role.SELECTED),
                org.assertj.core.groups.Tuple.tuple("P-SELF", Reason.Role.WITHHELD));
        // Red flags are listed while they block; other questions only when one answer changes the disposition.
        assertThat(result.nextQuestions()).extracting(NextQuestion::code)
                .containsExactly("RF_NO_RULE", "Q_C3", "Q_C4", "Q_TWIN");
        NextQuestion next = result.nextQuestions().get(0);
        assertThat(next.blocksHearAndTreat()).isTrue();
        assertThat(next.ifNo()).isEqualTo(referral("SELF_CARE", null));
    }

    @Test
    void unansweredRedFlag_doesNotByItselfTriggerADispatch() {
        TriageResult result = triage(Map.of("Q_GP", Answer.YES));

        assertThat(result.disposition().isDispatch()).isFalse();
        assertThat(result.nextQuestions()).extracting(NextQuestion::code)
                .startsWith("RF_C1", "RF_C2", "RF_NO_RULE");
        assertThat(result.nextQuestions().get(0).ifYes()).isEqualTo(Dispatch.category1());
    }

    @Test
    void redFlagOfAnotherComplaint_doesNotBlockHearAndTreat() {
        TriageResult result = triage(safeTestAnswers(Map.of("Q_GP", Answer.YES)));

        assertThat(result.nextQuestions()).extracting(NextQuestion::code).doesNotContain("RF_OTHER");
        assertThat(result.flags()).isEmpty();
    }

    @Test
    void withheldReferral_isNeverLessUrgentThanTheReferralItReplaces() {
        TriageResult result = triage(Map.of("Q_ED", Answer.YES));

        assertThat(result.disposition()).isEqualTo(referral("CLINICAL_CALLBACK", Duration.ofHours(1)));
        Disposition withheld = referral("EMERGENCY_DEPARTMENT", Duration.ofHours(1));
        assertThat(withheld.needsCareSoonerThan(result.disposition())).isFalse();
        assertThat(result.disposition().isMoreUrgentThan(withheld)).as("and it is selected before it").isTrue();
    }

    @Test
    void redFlagPresentWithoutDispatchRule_withholdsHearAndTreat() {
        TriageResult result = triage(safeTestAnswers(Map.of("RF_NO_RULE", Answer.YES, "Q_SELF", Answer.YES)));

        assertThat(result.disposition()).isEqualTo(referral("CLINICAL_CALLBACK", Duration.ofHours(1)));
        assertThat(result.flags()).containsExactly(SafetyFlag.HEAR_AND_TREAT_WITHHELD_RED_FLAG_PRESENT);
        assertThat(result.decidingReason().ruleId()).isEqualTo("ENGINE-WITHHOLD-RED-FLAG-PRESENT");
    }

    @Test
    void noRuleFired_givesFlaggedClinicalCallback_neverSelfCare() {
        TriageResult result = triage(safeTestAnswers(Map.of("Q_UNUSED", Answer.YES)));

        assertThat(result.disposition()).isEqualTo(referral("CLINICAL_CALLBACK", Duration.ofHours(1)));
        assertThat(result.flags()).containsExactly(SafetyFlag.DEFAULT_NO_RULE_FIRED);
        assertThat(result.decidingReason().ruleId()).isEqualTo("ENGINE-DEFAULT-CALLBACK");
        assertThat(result.worseningAdvice()).extracting(AdviceGiven::key).containsExactly("ENGINE_SAFETY_NET");
    }

    @Test
    void hearAndTreatWithoutWorseningAdviceFromItsRule_getsTheEngineSafetyNet() {
        TriageResult result = triage(safeTestAnswers(Map.of("Q_SELF", Answer.YES)));

        assertThat(result.disposition()).isEqualTo(referral("SELF_CARE", null));
        assertThat(result.worseningAdvice()).extracting(AdviceGiven::key).containsExactly("ENGINE_SAFETY_NET");
    }

    @Test
    void adviceOfAnOutrankedProposal_isNotGiven() {
        TriageResult result = triage(safeTestAnswers(Map.of("Q_GP", Answer.YES, "Q_C3", Answer.YES)));

        assertThat(result.disposition()).isEqualTo(Dispatch.category3());
        assertThat(result.careAdvice()).extracting(AdviceGiven::key).containsExactly("C3_CARE");
        assertThat(result.worseningAdvice()).isEmpty();
    }

    @Test
    void tie_isResolvedByRuleId_andTheOtherConcurs() {
        TriageResult result = triage(safeTestAnswers(Map.of("Q_TWIN", Answer.YES)));

        assertThat(result.reasons()).extracting(Reason::ruleId, Reason::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple("P-TWIN-A", Reason.Role.SELECTED),
                org.assertj.core.groups.Tuple.tuple("P-TWIN-B", Reason.Role.CONCURRING));
    }

    @Test
    void ruleThatFiresWithoutProposing_isNoted() {
        TriageResult result = triage(safeTestAnswers(Map.of("Q_NOTE", Answer.YES, "Q_C4", Answer.YES)));

        assertThat(result.reasons()).extracting(Reason::ruleId, Reason::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple("P-C4", Reason.Role.SELECTED),
                org.assertj.core.groups.Tuple.tuple("P-NOTE", Reason.Role.NOTED));
    }

    @Test
    void news2OfSeven_reachesRules() {
        Vitals vitals = Vitals.builder().respirationRate(25).spo2(91).onOxygen(false).systolicBp(120).pulse(80)
                .consciousness(Consciousness.ALERT).temperatureCelsius(37.0).build();
        TriageResult result = ENGINE.evaluate(assessment("TEST", safeTestAnswers(Map.of())).withVitals(vitals));

        assertThat(result.news2().total()).isEqualTo(6);
        assertThat(result.disposition().isDispatch()).isFalse();

        TriageResult worse = ENGINE.evaluate(assessment("TEST", safeTestAnswers(Map.of()))
                .withVitals(vitals.withPulse(115)));
        assertThat(worse.news2().total()).isEqualTo(8);
        assertThat(worse.disposition()).isEqualTo(Dispatch.category2(C2Segment.A));
    }

    @Test
    void news2IsNotAppliedInPregnancy_andTheResultSaysSo() {
        Vitals vitals = Vitals.builder().respirationRate(30).spo2(88).onOxygen(true).systolicBp(85).pulse(140)
                .consciousness(Consciousness.PAIN).temperatureCelsius(40.0).build();
        Assessment call = assessment("TEST", safeTestAnswers(Map.of())).withVitals(vitals);
        Assessment pregnant = call.withPatient(call.patient().toBuilder().pregnancy(Pregnancy.pregnant(30)).build());

        TriageResult result = ENGINE.evaluate(pregnant);

        assertThat(result.news2().status()).isEqualTo(News2Score.Status.NOT_APPLICABLE_PREGNANCY);
        assertThat(result.news2().total()).isNull();
        assertThat(result.explain()).contains("not validated in pregnancy");
    }

    @Test
    void resultNamesRuleSetVersionAndHash_andTheEvaluationInstant() {
        TriageResult result = triage(safeTestAnswers(Map.of("Q_C4", Answer.YES)));

        assertThat(result.ruleSet().id()).isEqualTo("policy-test");
        assertThat(result.ruleSet().version()).isEqualTo("1.0.0");
        assertThat(result.ruleSet().contentHash()).matches("[0-9a-f]{64}");
        assertThat(result.evaluatedAt()).isEqualTo(TestRuleSets.NOW);
    }

    @Test
    void unknownQuestionCode_isRejectedWithItsPath() {
        assertThatThrownBy(() -> triage(Map.of("NOT_A_QUESTION", Answer.YES)))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.violations())
                        .extracting(InvalidAssessmentException.Violation::path)
                        .containsExactly("$.answers.NOT_A_QUESTION"));
    }

    @Test
    void unknownComplaint_isRejectedWithItsPathAndTheKnownCodes() {
        assertThatThrownBy(() -> ENGINE.evaluate(assessment("NOPE", Map.of())))
                .isInstanceOf(InvalidAssessmentException.class)
                .hasMessageContaining("$.complaint")
                .hasMessageContaining("TEST, OTHER");
    }

    @Test
    void explanation_namesDispositionRulesAndVersion() {
        String text = triage(safeTestAnswers(Map.of("RF_C2", Answer.YES, "Q_C4", Answer.YES))).explain();

        assertThat(text).startsWith("Disposition: Category 2: emergency, segment 2B: clinician validation first [C2B]")
                .contains("SELECTED P-C2", "OUTRANKED P-C4", "Rule set: policy-test 1.0.0 (sha256:");
    }
}
