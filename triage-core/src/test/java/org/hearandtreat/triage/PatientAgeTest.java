package org.hearandtreat.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hearandtreat.triage.InvalidAssessmentException.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** An age is an ISO-8601 period (days, weeks, months or years), or whole years in the JSON shorthand. */
class PatientAgeTest {

    private static Assessment read(String patient) {
        return TriageJson.readAssessment("""
                { "patient": %s, "complaint": "UNWELL", "answers": {}, "evaluatedAt": "2026-11-23T14:05:00Z" }
                """.formatted(patient));
    }

    private static Violation violationOf(String patient) {
        try {
            read(patient);
        } catch (InvalidAssessmentException e) {
            assertThat(e.violations()).hasSize(1);
            return e.violations().get(0);
        }
        throw new AssertionError("expected the patient to be rejected: " + patient);
    }

    @ParameterizedTest(name = "age {0}")
    @ValueSource(strings = {"P6W", "P10D", "P18M", "P84Y", "P0D", "P1Y6M", "P130Y"})
    void isoPeriod_isRead(String age) {
        Assessment a = read("{ \"age\": \"" + age + "\", \"sex\": \"FEMALE\" }");

        assertThat(a.patient().age()).isEqualTo(Period.parse(age));
        assertThat(a.patient().ageKnown()).isTrue();
    }

    @Test
    void sixWeeks_tenDays_eighteenMonths_areReadInTheirOwnUnits() {
        assertThat(read("{ \"age\": \"P6W\", \"sex\": \"MALE\" }").patient().age()).isEqualTo(Period.ofWeeks(6));
        assertThat(read("{ \"age\": \"P10D\", \"sex\": \"MALE\" }").patient().age()).isEqualTo(Period.ofDays(10));
        assertThat(read("{ \"age\": \"P18M\", \"sex\": \"MALE\" }").patient().age()).isEqualTo(Period.ofMonths(18));
        assertThat(Age.completedYears(Period.ofMonths(18))).isEqualTo(1);
        assertThat(Age.completedYears(Period.ofWeeks(6))).isZero();
    }

    @Test
    void ageYearsShorthand_isWholeYears() {
        Assessment a = read("{ \"ageYears\": 84, \"sex\": \"FEMALE\" }");

        assertThat(a.patient().age()).isEqualTo(Period.ofYears(84));
        assertThat(a.patient()).isEqualTo(Patient.builder().ageYears(84).sex(Sex.FEMALE).build());
        assertThat(Patient.builder().ageYears(84).build()).isEqualTo(Patient.builder().age(Period.ofYears(84)).build());
    }

    @Test
    void ageAndAgeYears_thatAgree_areAccepted() {
        assertThat(read("{ \"age\": \"P84Y\", \"ageYears\": 84, \"sex\": \"MALE\" }").patient().age())
                .isEqualTo(Period.ofYears(84));
        assertThat(read("{ \"age\": \"P18M\", \"ageYears\": 1, \"sex\": \"MALE\" }").patient().age())
                .as("the more precise age is kept").isEqualTo(Period.ofMonths(18));
    }

    @ParameterizedTest(name = "age {0} with ageYears {1} is rejected")
    @CsvSource({"P84Y,83", "P6W,1", "P18M,2", "P16Y,15"})
    void ageAndAgeYears_thatDisagree_areRejectedNamingAgeYears(String age, int ageYears) {
        Violation v = violationOf("{ \"age\": \"" + age + "\", \"ageYears\": " + ageYears + ", \"sex\": \"MALE\" }");

        assertThat(v.path()).isEqualTo("$.patient.ageYears");
        assertThat(v.value()).isEqualTo(String.valueOf(ageYears));
        assertThat(v.expected()).contains(Period.parse(age).toString());
    }

    @ParameterizedTest(name = "age {0} is rejected")
    @ValueSource(strings = {"P-1D", "P-6W", "P1Y-1D", "P131Y", "P130Y1D", "P1561M"})
    void negativeOrOver130Years_isRejectedNamingAge(String age) {
        Violation v = violationOf("{ \"age\": \"" + age + "\", \"sex\": \"MALE\" }");

        assertThat(v.path()).isEqualTo("$.patient.age");
        assertThat(v.value()).isEqualTo(Period.parse(age).toString());
        assertThat(v.expected()).contains("P0D", "P130Y");
        assertThatThrownBy(() -> Patient.builder().age(Period.parse(age)).build())
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("age"));
    }

    @ParameterizedTest(name = "ageYears {0} is rejected")
    @ValueSource(ints = {-1, 131})
    void ageYearsOutOfRange_isRejectedNamingAgeYears(int ageYears) {
        assertThat(violationOf("{ \"ageYears\": " + ageYears + ", \"sex\": \"MALE\" }").path())
                .isEqualTo("$.patient.ageYears");
    }

    @Test
    void ageThatIsNotAPeriod_isRejectedNamingAge() {
        assertThat(violationOf("{ \"age\": \"six weeks\", \"sex\": \"MALE\" }").path()).isEqualTo("$.patient.age");
        assertThat(violationOf("{ \"age\": 6, \"sex\": \"MALE\" }").path()).isEqualTo("$.patient.age");
    }

    @Test
    void unknownAge_isNull() {
        Patient patient = read("{ \"sex\": \"MALE\" }").patient();

        assertThat(patient.age()).isNull();
        assertThat(patient.ageKnown()).isFalse();
    }

    @Test
    void monthsAndYears_compareExactlyInDays() {
        assertThat(Age.inDays(Period.ofMonths(192))).isEqualTo(Age.inDays(Period.ofYears(16)));
        assertThat(Age.completedYears(Period.ofMonths(192))).isEqualTo(16);
        assertThat(Age.completedYears(Period.ofMonths(191))).isEqualTo(15);
        assertThat(Age.inDays(Period.ofMonths(3))).isEqualTo(3 * Age.DAYS_PER_MONTH).isGreaterThan(91.0);
        assertThat(Age.inDays(Period.ofWeeks(13))).isEqualTo(91.0);
        assertThat(Age.inDays(Period.of(1, 2, 3))).isEqualTo(14 * Age.DAYS_PER_MONTH + 3);
    }

    @ParameterizedTest(name = "fever at age {0}: {1}")
    @CsvSource({"P10D,C3", "P12W,C3", "P13W,C3", "P90D,C3", "P91D,C3", "P2M,C3", "P3M,GP/PT6H", "P92D,GP/PT6H",
            "P14W,GP/PT6H", "P1Y,GP/PT6H", "P16Y,GP/PT6H"})
    void ageUnderMonths_comparesTheAgeInItsOwnUnits(String age, String expected) {
        TriageEngine engine = ClinicalRuleSet.engine();

        TriageResult result = engine.evaluate(feverAt(Period.parse(age)));

        assertThat(result.disposition()).isEqualTo(engine.vocabulary().disposition(expected));
    }

    @Test
    void unknownAge_readsAsPossiblyInEveryAgeBand() {
        TriageEngine engine = ClinicalRuleSet.engine();

        TriageResult result = engine.evaluate(feverAt(null));

        assertThat(result.disposition()).isEqualTo(Dispatch.category3());
        assertThat(result.decidingReason().ruleId()).isEqualTo("M-FEVER-INFANT");
        assertThat(result.reasons()).extracting(Reason::ruleId).contains("M-FEVER");
        assertThat(result.disposition().needsCareSoonerThan(
                engine.vocabulary().service("GP").orElseThrow().refer(Duration.ofHours(6)))).isTrue();
    }

    private static Assessment feverAt(Period age) {
        Map<String, Answer> answers = new LinkedHashMap<>(ClinicalRuleSet.NO_RED_FLAGS);
        answers.put("FEVER", Answer.YES);
        return Assessment.builder().patient(Patient.builder().age(age).sex(Sex.MALE).build()).complaint("UNWELL")
                .answers(answers).evaluatedAt(TestRuleSets.NOW).build();
    }
}
