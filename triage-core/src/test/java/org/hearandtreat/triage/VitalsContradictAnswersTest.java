package org.hearandtreat.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearandtreat.triage.ClinicalRuleSet.NO_RED_FLAGS;
import static org.hearandtreat.triage.ClinicalRuleSet.with;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * A question whose vocabulary entry lists a vital-sign finding in {@code impliedBy} reads as present when the vitals
 * show that finding, whatever was answered; a contradicted answer is flagged. Vitals never lower urgency.
 */
class VitalsContradictAnswersTest {

    private static final TriageEngine ENGINE = ClinicalRuleSet.engine();

    /** Answers that would be self-care, were it not for the vitals. */
    private static final Map<String, Answer> SELF_CARE = with(NO_RED_FLAGS, "MINOR_ILLNESS", Answer.YES);

    private static Vitals showing(VitalSignFinding finding) {
        Vitals.Builder v = Vitals.builder().respirationRate(14).pulse(80).consciousness(Consciousness.ALERT);
        return switch (finding) {
            case CONSCIOUSNESS_UNRESPONSIVE -> v.consciousness(Consciousness.UNRESPONSIVE).build();
            case NO_RESPIRATION -> v.respirationRate(0).build();
            case NO_PULSE -> v.pulse(0).build();
        };
    }

    private static TriageResult triage(Map<String, Answer> answers, Vitals vitals) {
        return ENGINE.evaluate(ClinicalRuleSet.assessment(TestRuleSets.adult(), "UNWELL", answers).withVitals(vitals));
    }

    @Test
    void withoutVitals_theAnswersDecide() {
        TriageResult result = triage(SELF_CARE, Vitals.NONE);

        assertThat(result.disposition()).isEqualTo(ENGINE.vocabulary().disposition("SELF_CARE"));
        assertThat(result.findingsFromVitals()).isEmpty();
        assertThat(result.flags()).isEmpty();
    }

    @ParameterizedTest(name = "{1} answered NO with {0}")
    @CsvSource({"CONSCIOUSNESS_UNRESPONSIVE,UNRESPONSIVE,M-UNRESPONSIVE",
            "NO_RESPIRATION,NOT_BREATHING,M-NOT-BREATHING",
            "NO_PULSE,NO_SIGNS_OF_LIFE,M-NO-SIGNS-OF-LIFE"})
    void findingTheVitalsShow_readsAsPresentDespiteANo_andIsFlagged(VitalSignFinding finding, String question,
                                                                   String rule) {
        TriageResult result = triage(SELF_CARE, showing(finding));

        assertThat(result.disposition()).isEqualTo(Dispatch.category1());
        assertThat(result.decidingReason().ruleId()).isEqualTo(rule);
        assertThat(result.firedRuleIds()).containsExactlyInAnyOrder(rule, "M-MINOR");
        assertThat(result.flags()).containsExactly(SafetyFlag.VITALS_CONTRADICT_ANSWERS);
        assertThat(result.findingsFromVitals()).containsExactly(new FindingFromVitals(question, Answer.NO, finding));
        assertThat(result.findingsFromVitals().get(0).contradicts()).isTrue();
        assertThat(result.explain()).contains(SafetyFlag.VITALS_CONTRADICT_ANSWERS.description(),
                question + " answered NO, but " + finding.reading() + ": read as present");
        assertThat(TriageJson.readResult(TriageJson.write(result))).isEqualTo(result);
    }

    @Test
    void findingTheVitalsShow_readsAsPresentWhenNotAsked() {
        Map<String, Answer> notAsked = new java.util.LinkedHashMap<>(SELF_CARE);
        notAsked.remove("UNRESPONSIVE");

        TriageResult result = triage(notAsked, showing(VitalSignFinding.CONSCIOUSNESS_UNRESPONSIVE));

        assertThat(result.disposition()).isEqualTo(Dispatch.category1());
        assertThat(result.findingsFromVitals()).containsExactly(
                new FindingFromVitals("UNRESPONSIVE", null, VitalSignFinding.CONSCIOUSNESS_UNRESPONSIVE));
        assertThat(result.findingsFromVitals().get(0).describe())
                .isEqualTo("UNRESPONSIVE not asked; consciousness UNRESPONSIVE: read as present");
        assertThat(result.flags()).contains(SafetyFlag.VITALS_CONTRADICT_ANSWERS);
        assertThat(result.nextQuestions()).extracting(NextQuestion::code)
                .as("the vitals have answered it").doesNotContain("UNRESPONSIVE");
    }

    @Test
    void findingAnsweredYes_needsNoCorrection() {
        TriageResult result = triage(with(SELF_CARE, "UNRESPONSIVE", Answer.YES),
                showing(VitalSignFinding.CONSCIOUSNESS_UNRESPONSIVE));

        assertThat(result.disposition()).isEqualTo(Dispatch.category1());
        assertThat(result.findingsFromVitals()).isEmpty();
        assertThat(result.flags()).doesNotContain(SafetyFlag.VITALS_CONTRADICT_ANSWERS);
    }

    @Test
    void vitalsNeverLowerUrgency() {
        TriageResult result = triage(with(SELF_CARE, "NO_SIGNS_OF_LIFE", Answer.YES),
                Vitals.builder().pulse(72).respirationRate(16).consciousness(Consciousness.ALERT).build());

        assertThat(result.disposition()).isEqualTo(Dispatch.category1());
        assertThat(result.findingsFromVitals()).isEmpty();
    }

    @Test
    void oneReadingProves_onlyTheQuestionsThatListIt() {
        TriageResult result = triage(SELF_CARE, Vitals.builder().pulse(0).respirationRate(0).build());

        assertThat(result.findingsFromVitals()).extracting(FindingFromVitals::question)
                .containsExactly("NOT_BREATHING", "NO_SIGNS_OF_LIFE");
        assertThat(result.reasons()).filteredOn(r -> r.proposed() != null && r.proposed().isDispatch())
                .extracting(Reason::ruleId).containsExactlyInAnyOrder("M-NOT-BREATHING", "M-NO-SIGNS-OF-LIFE");
    }
}
