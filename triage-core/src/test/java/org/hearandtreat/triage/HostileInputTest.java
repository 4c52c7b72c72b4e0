package org.hearandtreat.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.hearandtreat.triage.InvalidAssessmentException.Violation;
import org.junit.jupiter.api.Test;

/**
 * Hostile input, class by class: each is rejected with an error naming the field (JSON path), or {@code $} for a
 * document refused as a whole before it is parsed, never an unexpected exception and never a silent default. Classes
 * also covered elsewhere: malformed, truncated and trailing JSON, wrong types and missing fields ({@link
 * TriageJsonTest}); unknown codes ({@link TriageEngineTest}).
 */
class HostileInputTest {

    private static final String VALID = """
            { "patient": { "ageYears": 40, "sex": "MALE", "pregnancy": { "status": "NOT_PREGNANT" },
                "history": { "ANTICOAGULATED": "NO", "SPO2_TARGET_88_92": "NO" } },
              "complaint": "TEST", "answers": { "RF_C1": "NO" }, "evaluatedAt": "2026-11-23T14:05:00Z" }""";

    private static Violation rejected(String json) {
        try {
            TriageJson.readAssessment(json);
        } catch (InvalidAssessmentException e) {
            assertThat(e.violations()).isNotEmpty();
            return e.violations().get(0);
        }
        throw new AssertionError("accepted: " + json.substring(0, Math.min(200, json.length())));
    }

    /** The control: the document the hostile part is added to is valid, so only that part can be refused. */
    private static Assessment accepted(String json) {
        Assessment assessment = TriageJson.readAssessment(json);
        assertThat(assessment.complaint()).isEqualTo("TEST");
        assertThat(assessment.answers()).containsExactly(Map.entry("RF_C1", Answer.NO));
        return assessment;
    }

    @Test
    void hugeString_isRejectedBeforeItIsRead() {
        Violation v = rejected(VALID.replace("\"TEST\"", "\"" + "A".repeat(1_000_000) + "\""));

        assertThat(v.path()).startsWith("$.complaint");
        assertThat(v.expected()).contains("String value length");
    }

    @Test
    void overlongCode_isRejectedNamingTheField() {
        Violation v = rejected(VALID.replace("\"TEST\"", "\"" + "A".repeat(5_000) + "\""));

        assertThat(v.path()).isEqualTo("$.complaint");
        assertThat(v.value()).contains("(5000 characters)");
        assertThat(v.expected()).contains("1 to 64 characters");
    }

    @Test
    void hugeNumberOfAnswers_isRejectedWhileReading_atTheFirstAnswerPastTheLimit() {
        StringBuilder answers = new StringBuilder("{");
        for (int i = 0; i < 20_000; i++) {
            answers.append(i == 0 ? "" : ",").append("\"Q").append(i).append("\":\"NO\"");
        }
        Violation v = rejected(VALID.replace("{ \"RF_C1\": \"NO\" }", answers.append('}').toString()));

        assertThat(v.path()).isEqualTo("$.answers");
        assertThat(v.expected()).isEqualTo("at most 500 answers");
        assertThat(v.value()).as("refused while reading, not after building the map of 20,000")
                .isEqualTo("more than 500 answers");
    }

    /**
     * No limit counts the elements of an array: what bounds one is the document length, checked before anything is
     * parsed. The array is valid element by element, so only its size can be what is refused.
     */
    @Test
    void hugeArray_isRefusedByTheDocumentLengthLimit_beforeItIsParsed() {
        Assessment control = accepted(withAdvanceCarePlanDocuments("[\"RESPECT\"]"));
        assertThat(control.patient().advanceCarePlan()).isEqualTo(new AdvanceCarePlan(
                Set.of(AdvanceCarePlan.Document.RESPECT), AdvanceCarePlan.CprRecommendation.NO_CPR));

        String hostile = withAdvanceCarePlanDocuments(
                "[" + "\"RESPECT\",".repeat(TriageJson.MAX_DOCUMENT_LENGTH / 10) + "\"RESPECT\"]");
        Violation v = rejected(hostile);

        assertThat(v).isEqualTo(new Violation("$", hostile.length() + " characters",
                "a document of at most " + TriageJson.MAX_DOCUMENT_LENGTH + " characters"));
    }

    private static String withAdvanceCarePlanDocuments(String documents) {
        return VALID.replace("\"SPO2_TARGET_88_92\": \"NO\" }", "\"SPO2_TARGET_88_92\": \"NO\" }, \"advanceCarePlan\": "
                + "{ \"documents\": " + documents + ", \"cprRecommendation\": \"NO_CPR\" }");
    }

    @Test
    void hugeNumberOfHistoryAnswers_isRejectedNamingTheField() {
        StringBuilder history = new StringBuilder("{");
        for (int i = 0; i < 20_000; i++) {
            history.append(i == 0 ? "" : ",").append("\"R").append(i).append("\":\"NO\"");
        }
        Violation v = rejected(VALID.replace("{ \"ANTICOAGULATED\": \"NO\", \"SPO2_TARGET_88_92\": \"NO\" }",
                history.append('}').toString()));

        assertThat(v.path()).isEqualTo("$.patient.history");
        assertThat(v.expected()).isEqualTo("at most 500 answers");
    }

    @Test
    void overlongHistoryCode_isRejectedNamingTheField() {
        Violation v = rejected(VALID.replace("\"ANTICOAGULATED\"", "\"" + "A".repeat(5_000) + "\""));

        assertThat(v.path()).isEqualTo("$.patient.history");
        assertThat(v.value()).contains("(5000 characters)");
        assertThat(v.expected()).contains("1 to 64 characters");
    }

    @Test
    void hugeAge_isRejectedNamingTheField() {
        Violation v = rejected(VALID.replace("\"ageYears\": 40", "\"age\": \"P" + "9".repeat(25) + "Y\""));

        assertThat(v.path()).isEqualTo("$.patient.age");
    }

    @Test
    void hugeNumber_isRejectedNamingTheField() {
        Violation v = rejected(VALID.replace("\"ageYears\": 40", "\"ageYears\": " + "9".repeat(5_000)));

        assertThat(v.path()).startsWith("$.patient");
        assertThat(v.toString()).contains("Number value length");
    }

    /**
     * Typed fields refuse a nested array at its first bracket, as a wrong type, long before any depth is reached; an
     * extra property is read through to its end before it is refused as unknown, so that is where the depth limit
     * (32) is what stops the parser.
     */
    @Test
    void deepNesting_isRefusedByTheNestingDepthLimit() {
        accepted(VALID);
        assertThat(rejected(withExtraPatientProperty("[[1]]")).expected()).startsWith("no such property");

        Violation v = rejected(withExtraPatientProperty("[".repeat(10_000) + "]".repeat(10_000)));

        assertThat(v.path()).startsWith("$.patient");
        assertThat(v.expected()).contains("nesting depth").contains("exceeds the maximum allowed (32");
    }

    private static String withExtraPatientProperty(String value) {
        return VALID.replace("\"patient\": { ", "\"patient\": { \"notes\": " + value + ", ");
    }

    @Test
    void binaryGarbage_isRejectedAsMalformed() {
        Violation v = rejected(new String(new byte[] {0, 1, 2, (byte) 0xff, 0x7f, '{'}, java.nio.charset.StandardCharsets.ISO_8859_1));

        assertThat(v.expected()).startsWith("well-formed JSON");
    }

    @Test
    void duplicatedAnswer_isRejectedNamingTheKey() {
        Violation v = rejected(VALID.replace("{ \"RF_C1\": \"NO\" }", "{ \"RF_C1\": \"NO\", \"RF_C1\": \"YES\" }"));

        assertThat(v.toString()).contains("RF_C1").containsIgnoringCase("duplicate");
    }

    @Test
    void contradictoryPatientFields_areRejectedNamingTheField() {
        Violation v = rejected(VALID.replace("{ \"status\": \"NOT_PREGNANT\" }",
                "{ \"status\": \"NOT_PREGNANT\", \"gestationWeeks\": 30 }"));

        assertThat(v.path()).isEqualTo("$.patient.pregnancy.gestationWeeks");
    }

    @Test
    void impossiblePregnancy_isRejectedNamingTheField() {
        Violation v = rejected(VALID.replace("{ \"status\": \"NOT_PREGNANT\" }", "{ \"status\": \"PREGNANT\" }"));

        assertThat(v.path()).isEqualTo("$.patient.pregnancy.status");
        assertThat(v.value()).isEqualTo("PREGNANT");
    }

    @Test
    void contradictoryAnswers_areResolvedByTheMostUrgentReading_neverByDowngrading() {
        TriageEngine engine = TriageEngine.create(TestRuleSets.policy());
        Assessment call = TestRuleSets.assessment("TEST", TestRuleSets.safeTestAnswers(Map.of(
                "Q_SELF", Answer.YES, "Q_C4", Answer.YES, "RF_C2", Answer.YES)));

        assertThat(engine.evaluate(call).disposition()).isEqualTo(Dispatch.category2(C2Segment.B));
    }

    @Test
    void impossibleVitalSign_isRejectedNamingTheField() {
        Violation v = rejected(VALID.replace("\"answers\"", "\"vitals\": { \"spo2\": 140 }, \"answers\""));

        assertThat(v).isEqualTo(new Violation("$.vitals.spo2", "140", "a whole number from 1 to 100 %"));
    }

    @Test
    void swappedBloodPressures_areRejectedNamingTheDiastolic() {
        Violation v = rejected(VALID.replace("\"answers\"",
                "\"vitals\": { \"systolicBp\": 80, \"diastolicBp\": 120 }, \"answers\""));

        assertThat(v.path()).isEqualTo("$.vitals.diastolicBp");
        assertThat(v.value()).isEqualTo("120");
    }

    @Test
    void nullWhereAValueIsRequired_isRejectedNamingTheField() {
        assertThat(rejected(VALID.replace("\"MALE\"", "null")).path()).isEqualTo("$.patient.sex");
        assertThat(rejected(VALID.replace("\"patient\"", "\"ignored\"")).path()).isIn("$.ignored", "$.patient");
    }

    @Test
    void tooManyAnswersBuiltInJava_areRejectedToo() {
        Map<String, Answer> answers = new HashMap<>();
        for (int i = 0; i <= Assessment.MAX_ANSWERS; i++) {
            answers.put("Q" + i, Answer.NO);
        }
        assertThatThrownBy(() -> TestRuleSets.assessment("TEST", answers)).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("at most 500 answers");
    }
}
