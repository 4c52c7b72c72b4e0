package org.hearandtreat.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearandtreat.triage.ClinicalRuleSet.NO_RED_FLAGS;
import static org.hearandtreat.triage.ClinicalRuleSet.referral;
import static org.hearandtreat.triage.ClinicalRuleSet.with;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Risk factors are vocabulary data answered in the patient's history. One whose vocabulary entry says
 * {@code unknownMeansPresent} reads as present until answered NO; any other reads as present only on a YES.
 */
class RiskFactorTest {

    private static final TriageEngine ENGINE = ClinicalRuleSet.engine();

    private static Assessment call(String finding, String riskFactor, Answer history) {
        Patient.Builder patient = TestRuleSets.adult().toBuilder();
        if (history != null) {
            patient.history(riskFactor, history);
        }
        return ClinicalRuleSet.assessment(patient.build(), "UNWELL", with(NO_RED_FLAGS, finding, Answer.YES));
    }

    @ParameterizedTest(name = "ANTICOAGULATED {0}: {1}")
    @CsvSource({"'',C3", "UNKNOWN,C3", "YES,C3", "NO,URGENT_TREATMENT_CENTRE/PT4H"})
    void riskFactorWhoseUnknownMeansPresent_readsPresentUnlessAnsweredNo(String answer, String expected) {
        TriageResult result = ENGINE.evaluate(call("HEAD_INJURY", "ANTICOAGULATED",
                answer.isEmpty() ? null : Answer.valueOf(answer)));

        assertThat(result.disposition()).isEqualTo(ENGINE.vocabulary().disposition(expected));
        assertThat(result.firedRuleIds().contains("M-HEAD-ANTICOAGULATED")).isEqualTo(!"NO".equals(answer));
    }

    @ParameterizedTest(name = "CRISIS_PLAN {0}: {1}")
    @CsvSource({"'',GP/PT24H", "UNKNOWN,GP/PT24H", "NO,GP/PT24H", "YES,MENTAL_HEALTH_CRISIS_LINE/PT1H"})
    void riskFactorWhoseUnknownMeansAbsent_readsPresentOnlyOnYes(String answer, String expected) {
        TriageResult result = ENGINE.evaluate(call("LOW_MOOD", "CRISIS_PLAN",
                answer.isEmpty() ? null : Answer.valueOf(answer)));

        assertThat(result.disposition()).isEqualTo(ENGINE.vocabulary().disposition(expected));
    }

    @Test
    void vocabularyEntry_saysHowAnUnknownReads() {
        Vocabulary.RiskFactor anticoagulated = ENGINE.vocabulary().riskFactor("ANTICOAGULATED").orElseThrow();
        Vocabulary.RiskFactor crisisPlan = ENGINE.vocabulary().riskFactor("CRISIS_PLAN").orElseThrow();

        assertThat(anticoagulated.present(null)).isTrue();
        assertThat(anticoagulated.present(Answer.UNKNOWN)).isTrue();
        assertThat(anticoagulated.present(Answer.NO)).isFalse();
        assertThat(crisisPlan.present(null)).isFalse();
        assertThat(crisisPlan.present(Answer.UNKNOWN)).isFalse();
        assertThat(crisisPlan.present(Answer.YES)).isTrue();
    }

    @Test
    void unknownHistoryCode_isRejectedWithItsPath() {
        Assessment call = call("HEAD_INJURY", "WARFARIN", Answer.YES);

        assertThatThrownBy(() -> ENGINE.evaluate(call))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> {
                    assertThat(e.violations()).extracting(InvalidAssessmentException.Violation::path)
                            .containsExactly("$.patient.history.WARFARIN");
                    assertThat(e.violations().get(0).expected()).contains("ANTICOAGULATED", "CRISIS_PLAN");
                });
    }

    @Test
    void riskFactorGivenAsAnAnswer_isRejected_pointingAtTheHistory() {
        Assessment call = call("HEAD_INJURY", "ANTICOAGULATED", null).withAnswer("ANTICOAGULATED", Answer.YES);

        assertThatThrownBy(() -> ENGINE.evaluate(call))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> {
                    assertThat(e.violations()).extracting(InvalidAssessmentException.Violation::path)
                            .containsExactly("$.answers.ANTICOAGULATED");
                    assertThat(e.violations().get(0).expected()).contains("patient.history");
                });
    }

    @Test
    void unansweredRiskFactorThatChangesTheOutcome_isListedAsANextQuestion() {
        TriageResult result = ENGINE.evaluate(call("HEAD_INJURY", "ANTICOAGULATED", null));

        assertThat(result.disposition()).isEqualTo(Dispatch.category3());
        assertThat(result.nextQuestions()).extracting(NextQuestion::code).containsExactly("ANTICOAGULATED");
        NextQuestion next = result.nextQuestions().get(0);
        assertThat(next.text()).isEqualTo("Does the patient take a blood thinner or have a bleeding disorder?");
        assertThat(next.redFlag()).isFalse();
        assertThat(next.ifYes()).isEqualTo(Dispatch.category3());
        assertThat(next.ifNo()).isEqualTo(referral("URGENT_TREATMENT_CENTRE", Duration.ofHours(4)));
        Assessment answered = call("HEAD_INJURY", "ANTICOAGULATED", null).withHistory("ANTICOAGULATED", Answer.NO);
        assertThat(ENGINE.evaluate(answered).disposition()).isEqualTo(next.ifNo());
    }

    @Test
    void riskFactorThatCannotChangeTheOutcome_isNotListed() {
        TriageResult lowMood = ENGINE.evaluate(call("LOW_MOOD", "CRISIS_PLAN", null));
        TriageResult answered = ENGINE.evaluate(call("HEAD_INJURY", "ANTICOAGULATED", Answer.UNKNOWN));

        assertThat(lowMood.nextQuestions()).extracting(NextQuestion::code)
                .as("read by a rule and it changes the outcome").contains("CRISIS_PLAN")
                .as("no rule reads it").doesNotContain("SPO2_TARGET_88_92", "BREASTFEEDING")
                .as("cannot change a low-mood outcome").doesNotContain("ANTICOAGULATED");
        assertThat(answered.nextQuestions()).extracting(NextQuestion::code).doesNotContain("ANTICOAGULATED");
    }

    @Test
    void news2UsesScale2_onlyWhenTheScale2RiskFactorIsAnsweredYes() {
        Vitals vitals = Vitals.builder().respirationRate(16).spo2(89).onOxygen(false).systolicBp(130).pulse(70)
                .consciousness(Consciousness.ALERT).temperatureCelsius(37.0).build();
        Map<String, Integer> scaleByAnswer = new java.util.LinkedHashMap<>();
        for (Answer answer : new Answer[] {Answer.YES, Answer.NO, Answer.UNKNOWN, null}) {
            Assessment a = call("MINOR_ILLNESS", "SPO2_TARGET_88_92", answer).withVitals(vitals);
            scaleByAnswer.put(String.valueOf(answer), ENGINE.evaluate(a).news2().spo2Scale());
        }

        assertThat(scaleByAnswer).containsExactly(Map.entry("YES", 2), Map.entry("NO", 1), Map.entry("UNKNOWN", 1),
                Map.entry("null", 1));
    }

    @Test
    void riskFactorAgesAndSexes_areOptional_andRestrictWhoIsAsked() {
        Vocabulary.RiskFactor anticoagulated = ENGINE.vocabulary().riskFactor("ANTICOAGULATED").orElseThrow();
        Vocabulary.RiskFactor breastfeeding = ENGINE.vocabulary().riskFactor("BREASTFEEDING").orElseThrow();

        assertThat(anticoagulated.news2Scale2()).isFalse();
        assertThat(anticoagulated.ages()).isNull();
        assertThat(anticoagulated.sexes()).isEmpty();
        assertThat(breastfeeding.sexes()).containsExactly(Sex.FEMALE);
        assertThat(breastfeeding.appliesTo(Patient.builder().ageYears(30).sex(Sex.MALE).build())).isFalse();
        assertThat(breastfeeding.appliesTo(Patient.builder().age(java.time.Period.ofWeeks(6)).sex(Sex.FEMALE).build()))
                .isFalse();
        assertThat(breastfeeding.appliesTo(TestRuleSets.adult())).isTrue();
    }

    @TempDir
    java.nio.file.Path dir;

    @ParameterizedTest(name = "{0} {1}, history {2}: {3}")
    @CsvSource({"FEMALE,P30Y,'',C3", "FEMALE,P30Y,NO,GP/PT24H", "MALE,P30Y,'',GP/PT24H", "FEMALE,P6W,'',GP/PT24H",
            "FEMALE,P70Y,UNKNOWN,GP/PT24H", "UNKNOWN,P30Y,'',C3", "FEMALE,'',UNKNOWN,C3", "MALE,P30Y,YES,C3"})
    void anUnknownReadsAsPresent_onlyForAPatientTheRiskFactorCanApplyTo(String sex, String age, String answer,
                                                                        String expected) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("ruleset.json"), "{ \"id\": \"pp\", \"version\": \"1\", \"title\": \"Possibly pregnant\" }");
        java.nio.file.Files.writeString(dir.resolve("vocabulary.json"), """
                { "complaints": [ { "code": "PAIN", "text": "Abdominal pain" } ],
                  "questions": [ { "code": "LOW_PAIN", "redFlag": false, "appliesTo": ["PAIN"],
                                   "text": "Is the pain low in the abdomen?" } ],
                  "riskFactors": [ { "code": "POSSIBLY_PREGNANT", "text": "Could she be pregnant?",
                                     "unknownMeansPresent": true, "sexes": ["FEMALE"],
                                     "ages": { "from": "P10Y", "below": "P61Y" } } ],
                  "advice": [] }
                """);
        java.nio.file.Files.createDirectories(dir.resolve("pp"));
        java.nio.file.Files.writeString(dir.resolve("pp/pp.drl"), """
                package pp;
                import org.hearandtreat.triage.rules.Finding;
                rule "Low pain when she could be pregnant is category 3"
                    @id("PP-1") @version("1") @source("test") @rationale("Exercises a risk factor's ages and sexes.")
                when
                    $call : Finding( code == "LOW_PAIN", hasRisk("POSSIBLY_PREGNANT") )
                then
                    $call.category3();
                end
                rule "Low pain otherwise goes to the GP"
                    @id("PP-2") @version("1") @source("test") @rationale("Gives every call a disposition.")
                when
                    $call : Finding( code == "LOW_PAIN" )
                then
                    $call.referWithinHours("GP", 24);
                end
                """);
        TriageEngine engine = TriageEngine.create(RuleSet.fromDirectory(dir));
        Patient.Builder patient = Patient.builder().sex(Sex.valueOf(sex))
                .age(age.isEmpty() ? null : java.time.Period.parse(age));
        if (!answer.isEmpty()) {
            patient.history("POSSIBLY_PREGNANT", Answer.valueOf(answer));
        }
        Assessment call = Assessment.builder().patient(patient.build()).complaint("PAIN")
                .answer("LOW_PAIN", Answer.YES).evaluatedAt(java.time.Instant.EPOCH).build();

        assertThat(engine.evaluate(call).disposition().code()).isEqualTo(expected);
    }
}
