package org.hearandtreat.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import org.hearandtreat.triage.InvalidAssessmentException.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A pregnancy (or a birth within 6 weeks) is accepted only for a patient who could have one. */
class PregnancyPlausibilityTest {

    private static Patient.Builder patient(String age, Sex sex) {
        return Patient.builder().age(age == null ? null : Period.parse(age)).sex(sex);
    }

    private static void assertRejectedNamingPregnancyStatus(Patient.Builder patient, Pregnancy pregnancy) {
        assertThatThrownBy(() -> patient.pregnancy(pregnancy).build())
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("pregnancy.status");
                    assertThat(e.value()).isEqualTo(pregnancy.status().name());
                });
    }

    @Test
    void pregnantOrPostpartumMale_isRejectedNamingPregnancyStatus() {
        assertRejectedNamingPregnancyStatus(patient("P30Y", Sex.MALE), Pregnancy.pregnant(20));
        assertRejectedNamingPregnancyStatus(patient("P30Y", Sex.MALE), Pregnancy.pregnant(null));
        assertRejectedNamingPregnancyStatus(patient("P30Y", Sex.MALE), Pregnancy.POSTPARTUM);
        assertRejectedNamingPregnancyStatus(patient(null, Sex.MALE), Pregnancy.pregnant(20));
    }

    @ParameterizedTest(name = "pregnant at {0} is rejected")
    @ValueSource(strings = {"P6W", "P0D", "P18M", "P9Y", "P9Y11M", "P61Y", "P70Y", "P130Y"})
    void pregnancyAtAnImpossibleAge_isRejectedNamingPregnancyStatus(String age) {
        assertRejectedNamingPregnancyStatus(patient(age, Sex.FEMALE), Pregnancy.pregnant(12));
        assertRejectedNamingPregnancyStatus(patient(age, Sex.FEMALE), Pregnancy.POSTPARTUM);
    }

    @ParameterizedTest(name = "pregnant at {0} is accepted")
    @ValueSource(strings = {"P10Y", "P120M", "P16Y", "P30Y", "P60Y", "P60Y11M"})
    void pregnancyFrom10To60Years_isAccepted(String age) {
        Patient patient = patient(age, Sex.FEMALE).pregnancy(Pregnancy.pregnant(12)).build();

        assertThat(patient.pregnancy().pregnantOrRecentlyPregnant()).isTrue();
    }

    @Test
    void pregnancyOfUnknownAgeOrSex_isAccepted() {
        assertThat(patient(null, Sex.FEMALE).pregnancy(Pregnancy.pregnant(30)).build().pregnancy().status())
                .isEqualTo(Pregnancy.Status.PREGNANT);
        assertThat(patient("P25Y", Sex.UNKNOWN).pregnancy(Pregnancy.POSTPARTUM).build().pregnancy())
                .isEqualTo(Pregnancy.POSTPARTUM);
        assertThat(patient("P25Y", Sex.OTHER).pregnancy(Pregnancy.pregnant(null)).build().pregnancy().status())
                .isEqualTo(Pregnancy.Status.PREGNANT);
    }

    @Test
    void notPregnantOrUnknown_isAcceptedAtAnyAgeAndSex() {
        assertThat(patient("P6W", Sex.MALE).pregnancy(Pregnancy.NOT_PREGNANT).build().pregnancy())
                .isEqualTo(Pregnancy.NOT_PREGNANT);
        assertThat(patient("P70Y", Sex.FEMALE).build().pregnancy()).as("omitted is unknown")
                .isEqualTo(Pregnancy.UNKNOWN);
        assertThat(new Patient(Period.ofYears(70), Sex.MALE, null, null, null).pregnancy())
                .isEqualTo(Pregnancy.UNKNOWN);
    }

    @Test
    void copiesAreCheckedToo() {
        Patient woman = patient("P30Y", Sex.FEMALE).pregnancy(Pregnancy.pregnant(20)).build();

        assertRejectedNamingPregnancyStatus(woman.toBuilder().age(Period.ofYears(70)), Pregnancy.pregnant(20));
        assertThatThrownBy(() -> woman.toBuilder().sex(Sex.MALE).build())
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        e -> assertThat(e.field()).isEqualTo("pregnancy.status"));
    }

    private static Violation violationOf(String patientJson) {
        try {
            TriageJson.readAssessment("""
                    { "patient": %s, "complaint": "UNWELL", "answers": {}, "evaluatedAt": "2026-11-23T14:05:00Z" }
                    """.formatted(patientJson));
        } catch (InvalidAssessmentException e) {
            assertThat(e.violations()).hasSize(1);
            return e.violations().get(0);
        }
        throw new AssertionError("expected the patient to be rejected: " + patientJson);
    }

    @Test
    void inJson_theViolationNamesPregnancyStatus() {
        Violation male = violationOf("""
                { "ageYears": 30, "sex": "MALE", "pregnancy": { "status": "PREGNANT", "gestationWeeks": 20 } }""");
        Violation infant = violationOf("""
                { "age": "P6W", "sex": "FEMALE", "pregnancy": { "status": "POSTPARTUM_WITHIN_6_WEEKS" } }""");
        Violation older = violationOf("""
                { "age": "P70Y", "sex": "FEMALE", "pregnancy": { "status": "PREGNANT" } }""");

        assertThat(male.path()).endsWith("pregnancy.status").isEqualTo("$.patient.pregnancy.status");
        assertThat(male.value()).isEqualTo("PREGNANT");
        assertThat(infant.path()).isEqualTo("$.patient.pregnancy.status");
        assertThat(infant.value()).isEqualTo("POSTPARTUM_WITHIN_6_WEEKS");
        assertThat(older.path()).isEqualTo("$.patient.pregnancy.status");
        assertThat(older.expected()).contains("P70Y");
    }
}
