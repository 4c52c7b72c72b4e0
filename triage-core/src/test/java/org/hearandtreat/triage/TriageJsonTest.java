package org.hearandtreat.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Period;
import java.util.EnumSet;
import java.util.Map;
import org.hearandtreat.triage.InvalidAssessmentException.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TriageJsonTest {

    private static final String VALID = """
            {
              "patient": {
                "ageYears": 70,
                "sex": "MALE",
                "pregnancy": { "status": "NOT_PREGNANT" },
                "history": {
                  "ANTICOAGULATED": "YES",
                  "SPO2_TARGET_88_92": "NO"
                },
                "advanceCarePlan": { "documents": ["RESPECT"], "cprRecommendation": "NO_CPR" }
              },
              "complaint": "TEST",
              "answers": { "RF_C1": "NO", "Q_GP": "YES", "RF_C2": "UNKNOWN" },
              "vitals": { "respirationRate": 18, "spo2": 90, "onOxygen": false, "pulse": 88,
                          "consciousness": "NEW_CONFUSION", "temperatureCelsius": 37.4, "systolicBp": 135,
                          "diastolicBp": 85, "bloodGlucoseMmolL": 6.2, "capillaryRefillSeconds": 2.5 },
              "evaluatedAt": "2026-11-23T14:05:00Z"
            }
            """;

    private static Violation violationOf(String json) {
        try {
            TriageJson.readAssessment(json);
        } catch (InvalidAssessmentException e) {
            assertThat(e.violations()).hasSize(1);
            return e.violations().get(0);
        }
        throw new AssertionError("expected the JSON to be rejected: " + json);
    }

    private static String replace(String find, String with) {
        assertThat(VALID).contains(find);
        return VALID.replace(find, with);
    }

    @Test
    void validAssessment_isRead() {
        Assessment a = TriageJson.readAssessment(VALID);

        assertThat(a.patient().age()).isEqualTo(Period.ofYears(70));
        assertThat(a.patient().history()).containsExactly(Map.entry("ANTICOAGULATED", Answer.YES),
                Map.entry("SPO2_TARGET_88_92", Answer.NO));
        assertThat(a.patient().advanceCarePlan())
                .isEqualTo(new AdvanceCarePlan(EnumSet.of(AdvanceCarePlan.Document.RESPECT),
                        AdvanceCarePlan.CprRecommendation.NO_CPR));
        assertThat(a.answers()).containsExactly(Map.entry("RF_C1", Answer.NO), Map.entry("Q_GP", Answer.YES),
                Map.entry("RF_C2", Answer.UNKNOWN));
        assertThat(a.vitals().consciousness()).isEqualTo(Consciousness.NEW_CONFUSION);
        assertThat(a.vitals().diastolicBp()).isEqualTo(85);
        assertThat(a.vitals().bloodGlucoseMmolL()).isEqualTo(6.2);
        assertThat(a.vitals().capillaryRefillSeconds()).isEqualTo(2.5);
    }

    @Test
    void omittedOptionalFields_readAsNothingKnown() {
        Assessment a = TriageJson.readAssessment("""
                { "patient": { "sex": "FEMALE" }, "complaint": "TEST", "answers": {},
                  "evaluatedAt": "2026-11-23T14:05:00Z" }""");

        assertThat(a.patient().age()).isNull();
        assertThat(a.patient().pregnancy()).isEqualTo(Pregnancy.UNKNOWN);
        assertThat(a.patient().history()).isEmpty();
        assertThat(a.patient().advanceCarePlan()).isNull();
        assertThat(a.vitals()).isEqualTo(Vitals.NONE);

        Assessment onePulse = TriageJson.readAssessment("""
                { "patient": { "sex": "FEMALE" }, "complaint": "TEST", "answers": {}, "vitals": { "pulse": 88 },
                  "evaluatedAt": "2026-11-23T14:05:00Z" }""");
        assertThat(onePulse.vitals()).isEqualTo(Vitals.builder().pulse(88).build());
        assertThat(onePulse.vitals().systolicBp()).isNull();
        assertThat(onePulse.vitals().diastolicBp()).isNull();
    }

    @Test
    void assessmentValidForTheRuleSet_isEvaluated() {
        TriageResult result = TriageEngine.create(TestRuleSets.policy()).evaluate(TriageJson.readAssessment(VALID));

        assertThat(result.redFlagsReadAsPresent()).containsExactly("RF_C2");
        assertThat(result.disposition()).isEqualTo(Dispatch.category2(C2Segment.B));
    }

    @Test
    void assessment_roundTrips() {
        Assessment a = TriageJson.readAssessment(VALID);
        assertThat(TriageJson.readAssessment(TriageJson.write(a))).isEqualTo(a);
    }

    @Test
    void result_roundTrips() {
        TriageEngine engine = TriageEngine.create(TestRuleSets.policy());
        for (Map<String, Answer> answers : java.util.List.of(Map.of("Q_GP", Answer.YES), Map.of("RF_C2", Answer.YES),
                TestRuleSets.safeTestAnswers(Map.of("Q_GP", Answer.YES, "Q_C4", Answer.YES)), Map.<String, Answer>of())) {
            TriageResult result = engine.evaluate(TestRuleSets.assessment("TEST", answers)
                    .withVitals(Vitals.builder().respirationRate(22).spo2(95).onOxygen(true).systolicBp(100)
                            .diastolicBp(60).pulse(120).consciousness(Consciousness.ALERT).temperatureCelsius(38.5)
                            .bloodGlucoseMmolL(5.5).capillaryRefillSeconds(3.0).build()));
            assertThat(TriageJson.readResult(TriageJson.write(result))).isEqualTo(result);
        }
    }

    @Test
    void dispositionJson_isTypedAndReadable() {
        assertThat(TriageJson.write(TestRuleSets.referral("GP", Duration.ofHours(24))))
                .contains("\"type\" : \"HEAR_AND_TREAT\"", "\"code\" : \"GP/PT24H\"", "\"service\" : \"GP\"",
                        "\"label\" : \"GP\"", "\"kind\" : \"REFERRAL\"", "\"within\" : \"PT24H\"");
        assertThat(TriageJson.write(TestRuleSets.referral("SELF_CARE", null)))
                .contains("\"code\" : \"SELF_CARE\"", "\"kind\" : \"SELF_CARE\"").doesNotContain("within");
        assertThat(TriageJson.write(Dispatch.category2(C2Segment.A)))
                .contains("\"type\" : \"DISPATCH\"", "\"category\" : \"C2\"", "\"segment\" : \"A\"");
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            "pulse": 88                     | "pulse": 400                 | $.vitals.pulse                              | '400'
            "pulse": 88                     | "pulse": "88"                | $.vitals.pulse                              |
            "pulse": 88                     | "pulse": 88.5                | $.vitals.pulse                              |
            "ageYears": 70                  | "ageYears": 170              | $.patient.ageYears                          | '170'
            "sex": "MALE"                   | "sex": "BLOKE"               | $.patient.sex                               | 'BLOKE'
            "RF_C1": "NO"                   | "RF_C1": "MAYBE"             | $.answers.RF_C1                             | 'MAYBE'
            "RF_C1": "NO"                   | "RF_C1": null                | $.answers.RF_C1                             |
            "RF_C1": "NO"                   | "RF_C1": true                | $.answers.RF_C1                             |
            "SPO2_TARGET_88_92": "NO"       | "SPO2_TARGET_88_92": true    | $.patient.history.SPO2_TARGET_88_92         |
            "SPO2_TARGET_88_92": "NO"       | "SPO2_TARGET_88_92": "MAYBE" | $.patient.history.SPO2_TARGET_88_92         | 'MAYBE'
            "SPO2_TARGET_88_92": "NO"       | "SPO2_TARGET_88_92": null    | $.patient.history.SPO2_TARGET_88_92         |
            "ageYears": 70                  | "age": "P70Y", "ageYears": 71 | $.patient.ageYears                         | '71'
            "ageYears": 70                  | "age": "P-1D"                | $.patient.age                               | 'P-1D'
            "ageYears": 70                  | "age": "seventy"             | $.patient.age                               | 'seventy'
            "ageYears": 70                  | "age": 70                    | $.patient.age                               |
            "diastolicBp": 85               | "diastolicBp": 135           | $.vitals.diastolicBp                        | '135'
            "diastolicBp": 85               | "diastolicBp": 4             | $.vitals.diastolicBp                        | '4'
            "bloodGlucoseMmolL": 6.2        | "bloodGlucoseMmolL": 61      | $.vitals.bloodGlucoseMmolL                  | '61.0'
            "capillaryRefillSeconds": 2.5   | "capillaryRefillSeconds": -1 | $.vitals.capillaryRefillSeconds             | '-1.0'
            "evaluatedAt": "2026-11-23T14:05:00Z" | "evaluatedAt": "yesterday" | $.evaluatedAt                           | 'yesterday'
            "evaluatedAt": "2026-11-23T14:05:00Z" | "evaluatedAt": null    | $.evaluatedAt                               |
            "complaint": "TEST",            | ''                           | $.complaint                                 |
            "temperatureCelsius": 37.4      | "temperatureCelsius": 60     | $.vitals.temperatureCelsius                 | '60.0'
            "temperatureCelsius": 37.4      | "temperatureCelsius": 37.4, "bloodSugar": 5 | $.vitals.bloodSugar          | 'bloodSugar'
            "cprRecommendation": "NO_CPR"   | "cprRecommendation": "NO_CPR", "extra": 1 | $.patient.advanceCarePlan.extra | 'extra'
            "documents": ["RESPECT"]        | "documents": []              | $.patient.advanceCarePlan.documents         | '[]'
            "documents": ["RESPECT"]        | "documents": ["WILL"]        | $.patient.advanceCarePlan.documents[0]      | 'WILL'
            "status": "NOT_PREGNANT"        | "status": "NOT_PREGNANT", "gestationWeeks": 12 | $.patient.pregnancy.gestationWeeks | '12'
            """)
    void badField_isRejectedNamingItsPath(String find, String replacement, String path, String value) {
        Violation v = violationOf(replace(find, replacement));

        assertThat(v.path()).isEqualTo(path);
        if (value != null) {
            assertThat(v.value()).isEqualTo(value.replace("'", ""));
        }
        assertThat(v.expected()).isNotBlank();
        assertThat(v.toString()).startsWith(path + ": ");
    }

    @Test
    void unknownProperty_listsTheKnownOnes() {
        Violation v = violationOf(replace("\"complaint\": \"TEST\",", "\"complaint\": \"TEST\", \"complain\": \"X\","));

        assertThat(v.path()).isEqualTo("$.complain");
        assertThat(v.expected()).contains("answers", "complaint", "evaluatedAt", "patient", "vitals");
    }

    @Test
    void duplicateKey_isRejected() {
        Violation v = violationOf(replace("\"RF_C1\": \"NO\",", "\"RF_C1\": \"NO\", \"RF_C1\": \"YES\","));

        assertThat(v.toString()).contains("RF_C1").containsIgnoringCase("duplicate");
    }

    @Test
    void malformedJson_givesLineAndColumn() {
        Violation v = violationOf(VALID.replace("\"sex\": \"MALE\",", "\"sex\": \"MALE\""));

        assertThat(v.path()).isEqualTo("$.patient.sex (line 5, column 5)");
        assertThat(v.expected()).startsWith("well-formed JSON");
    }

    @Test
    void truncatedJson_isRejected() {
        Violation v = violationOf(VALID.substring(0, VALID.length() / 2));

        assertThat(v.expected()).startsWith("well-formed JSON");
    }

    @Test
    void trailingContent_isRejected() {
        assertThat(violationOf(VALID + "{}").toString()).containsIgnoringCase("trailing");
    }

    @Test
    void emptyInput_isRejected() {
        assertThat(violationOf(" ")).isEqualTo(new Violation("$", null, "a JSON object"));
    }

    @Test
    void wrongTopLevelType_isRejected() {
        assertThat(violationOf("[1, 2]").path()).isEqualTo("$");
    }

    @Test
    void missingPatient_isNamed() {
        String json = """
                { "complaint": "TEST", "answers": {}, "evaluatedAt": "2026-11-23T14:05:00Z" }""";
        assertThat(violationOf(json).path()).isEqualTo("$.patient");
    }

    @Test
    void errorMessage_isOneReadableLine() {
        assertThatThrownBy(() -> TriageJson.readAssessment(replace("\"pulse\": 88", "\"pulse\": 400")))
                .hasMessage("$.vitals.pulse: '400' is not valid; expected a whole number from 0 to 300 beats/min");
    }

    @Test
    void caseFile_readsExpectedDispositionAsACode_checkedAgainstTheRuleSetsServices() {
        TriageCase c = TriageJson.readCase("""
                { "description": "GP case", "assessment": %s, "expected": "GP/PT24H", "expectedRules": ["P-GP"] }
                """.formatted(VALID));

        assertThat(c.expected()).isEqualTo("GP/PT24H");
        assertThat(TestRuleSets.policy().vocabulary().disposition(c.expected()))
                .isEqualTo(TestRuleSets.referral("GP", Duration.ofHours(24)));
        assertThat(c.expectedRules()).containsExactly("P-GP");
        assertThat(TriageJson.readCase(TriageJson.write(c))).isEqualTo(c);
    }

    @Test
    void caseFile_withABadExpectedCode_isRejectedByTheRuleSetItRunsOn_namingTheCode() {
        // The code names a service of some rule set, so the case file alone cannot tell; the rule set can.
        TriageCase c = TriageJson.readCase("""
                { "description": "bad", "assessment": %s, "expected": "C5" }
                """.formatted(VALID));

        assertThatThrownBy(() -> TestRuleSets.policy().vocabulary().disposition(c.expected()))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessageStartingWith("disposition: 'C5' is not valid; expected C1, C2A, C2B, C2C, C3, C4");
        assertThatThrownBy(() -> TestRuleSets.policy().vocabulary().disposition("COMMUNITY_RESPIRATORY_TEAM/PT4H"))
                .hasMessageContaining("'COMMUNITY_RESPIRATORY_TEAM/PT4H'");
    }

    @Test
    void caseFile_withADispositionObjectAsExpected_namesThePath() {
        Violation v = caseViolationOf("""
                { "description": "bad", "assessment": %s,
                  "expected": { "type": "DISPATCH", "code": "C1", "category": "C1" } }
                """.formatted(VALID));

        assertThat(v.path()).isEqualTo("$.expected");
    }

    @Test
    void dispositionObject_withAMismatchedCode_isRejected() {
        TriageResult result = TriageEngine.create(TestRuleSets.policy())
                .evaluate(TestRuleSets.assessment("TEST", TestRuleSets.safeTestAnswers(Map.of("Q_C4", Answer.YES))));
        String json = TriageJson.write(result);
        String disposition = "\"disposition\" : {\n    \"type\" : \"DISPATCH\",\n    \"code\" : \"C4\"";
        assertThat(json).contains(disposition);

        assertThatThrownBy(() -> TriageJson.readResult(json.replace(disposition, disposition.replace("C4", "C1"))))
                .isInstanceOf(InvalidAssessmentException.class)
                .hasMessageStartingWith("$.disposition: 'C1'");
    }

    /** A GP referral's result as JSON, with {@code find} replaced: it must be rejected at {@code $.disposition}. */
    private static void referralResultIsRejected(String find, String replacement) {
        TriageResult result = TriageEngine.create(TestRuleSets.policy())
                .evaluate(TestRuleSets.assessment("TEST", TestRuleSets.safeTestAnswers(Map.of("Q_GP", Answer.YES))));
        String json = TriageJson.write(result);
        assertThat(json).contains(find);

        assertThatThrownBy(() -> TriageJson.readResult(json.replace(find, replacement)))
                .isInstanceOf(InvalidAssessmentException.class)
                .hasMessageStartingWith("$.disposition");
    }

    @Test
    void referralObject_withAnUnknownKind_isRejected() {
        referralResultIsRejected("\"kind\" : \"REFERRAL\"", "\"kind\" : \"TAXI\"");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "\"service\" : \"GP\"|\"service\" : 5", "\"service\" : \"GP\"|\"service\" : \"\"",
            "\"label\" : \"GP\"|\"label\" : true", "\"label\" : \"GP\"|\"label\" : \" \""})
    void referralObject_withAServiceOrLabelThatIsNotText_isRejected(String find, String replacement) {
        referralResultIsRejected(find, replacement);
    }

    @Test
    void durations_mustBeIsoStrings_notNumbersOfSeconds() {
        referralResultIsRejected("\"within\" : \"PT24H\"", "\"within\" : 86400");
    }

    private static Violation caseViolationOf(String json) {
        try {
            TriageJson.readCase(json);
        } catch (InvalidAssessmentException e) {
            assertThat(e.violations()).hasSize(1);
            return e.violations().get(0);
        }
        throw new AssertionError("expected the case to be rejected: " + json);
    }
}
