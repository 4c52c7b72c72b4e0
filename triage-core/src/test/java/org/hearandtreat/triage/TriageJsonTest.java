package org.hearandtreat.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
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
                  "anticoagulatedOrBleedingDisorder": "YES",
                  "copdWithSpo2Target88To92": true,
                  "mentalHealthCrisisPlan": false,
                  "advanceCarePlan": { "documents": ["RESPECT"], "cprRecommendation": "NO_CPR" }
                }
              },
              "complaint": "TEST",
              "answers": { "RF_C1": "NO", "Q_GP": "YES", "RF_C2": "UNKNOWN" },
              "vitals": { "respirationRate": 18, "spo2": 90, "onOxygen": false, "pulse": 88,
                          "consciousness": "NEW_CONFUSION", "temperatureCelsius": 37.4 },
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

        assertThat(a.patient().ageYears()).isEqualTo(70);
        assertThat(a.patient().history().advanceCarePlan())
                .isEqualTo(new AdvanceCarePlan(EnumSet.of(AdvanceCarePlan.Document.RESPECT),
                        AdvanceCarePlan.CprRecommendation.NO_CPR));
        assertThat(a.answers()).containsExactly(Map.entry("RF_C1", Answer.NO), Map.entry("Q_GP", Answer.YES),
                Map.entry("RF_C2", Answer.UNKNOWN));
        assertThat(a.vitals().consciousness()).isEqualTo(Consciousness.NEW_CONFUSION);
        assertThat(a.vitals().systolicBp()).isNull();
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
                    .withVitals(new Vitals(22, 95, true, 100, 120, Consciousness.ALERT, 38.5)));
            assertThat(TriageJson.readResult(TriageJson.write(result))).isEqualTo(result);
        }
    }

    @Test
    void dispositionJson_isTypedAndReadable() {
        assertThat(TriageJson.write(new HearAndTreat(Pathway.GP, Duration.ofHours(24))))
                .contains("\"type\" : \"HEAR_AND_TREAT\"", "\"code\" : \"GP/PT24H\"", "\"pathway\" : \"GP\"", "\"within\" : \"PT24H\"");
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
            "copdWithSpo2Target88To92": true | "copdWithSpo2Target88To92": "true" | $.patient.history.copdWithSpo2Target88To92 |
            "copdWithSpo2Target88To92": true, | ''                         | $.patient.history.copdWithSpo2Target88To92  |
            "evaluatedAt": "2026-11-23T14:05:00Z" | "evaluatedAt": "yesterday" | $.evaluatedAt                           | 'yesterday'
            "evaluatedAt": "2026-11-23T14:05:00Z" | "evaluatedAt": null    | $.evaluatedAt                               |
            "complaint": "TEST",            | ''                           | $.complaint                                 |
            "temperatureCelsius": 37.4      | "temperatureCelsius": 60     | $.vitals.temperatureCelsius                 | '60.0'
            "temperatureCelsius": 37.4      | "temperatureCelsius": 37.4, "bloodSugar": 5 | $.vitals.bloodSugar          | 'bloodSugar'
            "cprRecommendation": "NO_CPR"   | "cprRecommendation": "NO_CPR", "extra": 1 | $.patient.history.advanceCarePlan.extra | 'extra'
            "documents": ["RESPECT"]        | "documents": []              | $.patient.history.advanceCarePlan.documents | '[]'
            "documents": ["RESPECT"]        | "documents": ["WILL"]        | $.patient.history.advanceCarePlan.documents[0] | 'WILL'
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
    void caseFile_readsExpectedDispositionAsACode() {
        TriageCase c = TriageJson.readCase("""
                { "description": "GP case", "assessment": %s, "expected": "GP/PT24H", "expectedRules": ["P-GP"] }
                """.formatted(VALID));

        assertThat(c.expected()).isEqualTo(new HearAndTreat(Pathway.GP, Duration.ofHours(24)));
        assertThat(c.expectedRules()).containsExactly("P-GP");
        assertThat(TriageJson.readCase(TriageJson.write(c))).isEqualTo(c);
    }

    @Test
    void caseFile_withABadExpectedCode_namesThePath() {
        assertThatThrownBy(() -> TriageJson.readCase("""
                { "description": "bad", "assessment": %s, "expected": "C5" }
                """.formatted(VALID)))
                .isInstanceOf(InvalidAssessmentException.class)
                .hasMessageStartingWith("$.expected: 'C5' is not valid; expected a disposition code");
    }

    @Test
    void dispositionObject_withAMismatchedCode_isRejected() {
        assertThatThrownBy(() -> TriageJson.readCase("""
                { "description": "bad", "assessment": %s,
                  "expected": { "type": "DISPATCH", "code": "C1", "category": "C3" } }
                """.formatted(VALID)))
                .hasMessageStartingWith("$.expected: 'C1'");
    }
}
