package org.hearandtreat.triage.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.function.UnaryOperator;
import org.hearandtreat.triage.InvalidAssessmentException;
import org.hearandtreat.triage.InvalidAssessmentException.Violation;
import org.junit.jupiter.api.Test;

/** A bad QuestionnaireResponse fails with violations naming the item's linkId or the element path, never a default. */
class FhirAssessmentErrorsTest {

    private static String call() throws IOException {
        return FhirTriageTest.FHIR.toJson(FhirTriageTest.FHIR.call(FhirTriageTest.example(
                "fall-uninjured-cannot-get-up.json")));
    }

    private static InvalidAssessmentException rejected(UnaryOperator<String> edit) throws IOException {
        String json = edit.apply(call());
        assertThat(json).as("the edit applied").isNotEqualTo(call());
        return org.assertj.core.api.Assertions.catchThrowableOfType(InvalidAssessmentException.class,
                () -> FhirTriageTest.FHIR.readAssessment(json));
    }

    @Test
    void unknownLinkId_isNamed() throws IOException {
        InvalidAssessmentException e = rejected(j -> j.replace("\"FALL_LONG_LIE\"", "\"FALL_LONGLIE\""));
        assertThat(e.violations()).extracting(Violation::path, Violation::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "QuestionnaireResponse.item.where(linkId='FALL_LONGLIE')", "FALL_LONGLIE"));
    }

    @Test
    void answerOutsideYesNoUnknown_namesTheItemsAnswer() throws IOException {
        InvalidAssessmentException e = rejected(j -> j.replaceFirst("\"code\": \"N\"", "\"code\": \"MAYBE\""));
        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("QuestionnaireResponse.item.where(linkId='ANTICOAGULATED_OR_BLEEDING_DISORDER')"
                    + ".answer.valueCoding");
            assertThat(v.expected()).contains("Y, N or UNK");
        });
    }

    @Test
    void missingAuthoredAndUnknownComplaint_areBothReported() throws IOException {
        InvalidAssessmentException e = rejected(j -> j.replaceFirst("\"authored\": \"[^\"]*\",", "")
                .replace("\"code\": \"FALL\"", "\"code\": \"TUMBLE\""));
        assertThat(e.violations()).extracting(Violation::path).containsExactlyInAnyOrder(
                "QuestionnaireResponse.authored", "QuestionnaireResponse.item.where(linkId='complaint').answer.valueCoding");
    }

    @Test
    void vitalSignInTheWrongUnit_namesTheObservationElement() throws IOException {
        InvalidAssessmentException e = rejected(j -> j.replace("\"code\": \"Cel\"", "\"code\": \"[degF]\""));
        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).matches("Bundle\\.entry\\[\\d+]\\.resource\\.valueQuantity\\.code");
            assertThat(v.expected()).contains("Cel");
        });
    }

    @Test
    void implausibleVitalSign_namesTheObservation() throws IOException {
        InvalidAssessmentException e = rejected(j -> j.replace("\"value\": 78,", "\"value\": 780,"));
        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).matches("Bundle\\.entry\\[\\d+]\\.resource\\.value\\[x]");
            assertThat(v.value()).isEqualTo("780");
        });
    }

    @Test
    void notFhirAtAll_isOneViolationAtTheRoot_withoutAStackTrace() {
        assertThatThrownBy(() -> FhirTriageTest.FHIR.readAssessment("{\"resourceType\": \"Banana\"}"))
                .isInstanceOfSatisfying(InvalidAssessmentException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> assertThat(v.path()).isEqualTo("$")));
    }

    @Test
    void bundleWithoutAPatient_asksForOne() throws IOException {
        InvalidAssessmentException e = rejected(j -> j.replace("\"resourceType\": \"Patient\",",
                "\"resourceType\": \"Practitioner\","));
        assertThat(e.violations()).extracting(Violation::path).contains("Patient");
    }
}
