package org.hearandtreat.triage.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
        String outcome = FhirTriageTest.FHIR.toJson(FhirTriageTest.FHIR.operationOutcome(e));
        assertThat(R4Validation.errors(outcome)).isEmpty();
        assertThat(FhirTriageTest.FHIR.operationOutcome(e).getIssueFirstRep().getExpression().get(0).getValue())
                .isEqualTo("QuestionnaireResponse.item.where(linkId='FALL_LONGLIE')");
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

    @Test
    void partialBirthDate_isRefused_becauseTheFirstOfJanuaryWouldMoveABabyOutOfItsAgeBand() throws IOException {
        String json = call().replace("\"gender\": \"female\"", "\"gender\": \"female\",\n\"birthDate\": \"1942\"");

        InvalidAssessmentException e = catchThrowableOfType(InvalidAssessmentException.class,
                () -> FhirTriageTest.FHIR.readAssessment(json));

        assertThat(e.violations()).extracting(Violation::path, Violation::value).contains(
                org.assertj.core.groups.Tuple.tuple("Bundle.entry[1].resource.birthDate", "1942"));
    }

    @Test
    void fullBirthDate_givesTheAgeOnTheDayOfTheCall_inTheCallsOwnOffset() {
        org.hl7.fhir.r4.model.Bundle bundle = FhirTriageTest.FHIR.call(org.hearandtreat.triage.Assessment.builder()
                .patient(org.hearandtreat.triage.Patient.builder().sex(org.hearandtreat.triage.Sex.MALE).build())
                .complaint("COUGH").evaluatedAt(java.time.Instant.parse("2026-06-30T23:30:00Z")).build());
        org.hl7.fhir.r4.model.QuestionnaireResponse qr =
                (org.hl7.fhir.r4.model.QuestionnaireResponse) bundle.getEntry().get(0).getResource();
        // 00:30 on 1 July in London (BST): the baby born on 1 April is 3 months old that day, not 2 months 29 days.
        qr.setAuthoredElement(new org.hl7.fhir.r4.model.DateTimeType("2026-07-01T00:30:00+01:00"));
        ((org.hl7.fhir.r4.model.Patient) bundle.getEntry().get(1).getResource())
                .setBirthDateElement(new org.hl7.fhir.r4.model.DateType("2026-04-01"));

        var assessment = FhirTriageTest.FHIR.readAssessment(FhirTriageTest.FHIR.toJson(bundle));

        assertThat(assessment.patient().age()).isEqualTo(java.time.Period.ofMonths(3));
        assertThat(assessment.evaluatedAt()).isEqualTo(java.time.Instant.parse("2026-06-30T23:30:00Z"));
    }

    @Test
    void authoredWithoutATimeZone_isRefused() throws IOException {
        String json = call().replace("\"authored\": \"2026-11-23T14:05:00Z\"", "\"authored\": \"2026-11-23\"");

        InvalidAssessmentException e = catchThrowableOfType(InvalidAssessmentException.class,
                () -> FhirTriageTest.FHIR.readAssessment(json));

        assertThat(e.violations()).extracting(Violation::path).containsExactly("QuestionnaireResponse.authored");
    }

    @Test
    void observationsContainedInTheResponse_countInsideABundleToo() {
        org.hl7.fhir.r4.model.Bundle bundle = FhirTriageTest.FHIR.call(org.hearandtreat.triage.Assessment.builder()
                .patient(org.hearandtreat.triage.Patient.builder().sex(org.hearandtreat.triage.Sex.MALE).ageYears(40)
                        .build()).complaint("COUGH").vitals(org.hearandtreat.triage.Vitals.builder().pulse(140).build())
                .evaluatedAt(java.time.Instant.parse("2026-06-30T23:30:00Z")).build());
        org.hl7.fhir.r4.model.QuestionnaireResponse qr =
                (org.hl7.fhir.r4.model.QuestionnaireResponse) bundle.getEntry().get(0).getResource();
        org.hl7.fhir.r4.model.Observation pulse = (org.hl7.fhir.r4.model.Observation) bundle.getEntry().get(3)
                .getResource();
        bundle.getEntry().remove(3);
        pulse.setId("pulse");
        qr.addContained(pulse);
        qr.addItem().setLinkId("questions");

        var assessment = FhirTriageTest.FHIR.assessment(bundle);

        assertThat(assessment.vitals().pulse()).isEqualTo(140);
    }

    private static org.hl7.fhir.r4.model.Bundle adultCough(org.hearandtreat.triage.Vitals vitals) {
        return FhirTriageTest.FHIR.call(org.hearandtreat.triage.Assessment.builder()
                .patient(org.hearandtreat.triage.Patient.builder().sex(org.hearandtreat.triage.Sex.MALE).ageYears(40)
                        .build()).complaint("COUGH").vitals(vitals)
                .evaluatedAt(java.time.Instant.parse("2026-06-30T12:00:00Z")).build());
    }

    @Test
    void bloodPressurePanel_isReadFromItsComponents_andAnEnteredInErrorReadingIsNotAMeasurement() {
        org.hl7.fhir.r4.model.Bundle bundle = adultCough(org.hearandtreat.triage.Vitals.builder().pulse(80).build());
        org.hl7.fhir.r4.model.Observation panel = new org.hl7.fhir.r4.model.Observation();
        panel.setStatus(org.hl7.fhir.r4.model.Observation.ObservationStatus.FINAL);
        panel.getCode().addCoding().setSystem(FhirCodes.LOINC).setCode("85354-9");
        panel.addComponent().setValue(new org.hl7.fhir.r4.model.Quantity(88).setSystem(FhirCodes.UCUM)
                .setCode("mm[Hg]")).getCode().addCoding().setSystem(FhirCodes.LOINC).setCode("8480-6");
        panel.addComponent().setValue(new org.hl7.fhir.r4.model.Quantity(50).setSystem(FhirCodes.UCUM)
                .setCode("mm[Hg]")).getCode().addCoding().setSystem(FhirCodes.LOINC).setCode("8462-4");
        bundle.addEntry().setResource(panel);
        org.hl7.fhir.r4.model.Observation wrongPulse = ((org.hl7.fhir.r4.model.Observation) bundle.getEntry().get(3)
                .getResource()).copy();
        wrongPulse.setValue(new org.hl7.fhir.r4.model.Quantity(200).setSystem(FhirCodes.UCUM).setCode("/min"));
        wrongPulse.setStatus(org.hl7.fhir.r4.model.Observation.ObservationStatus.ENTEREDINERROR);
        bundle.addEntry().setResource(wrongPulse);

        var vitals = FhirTriageTest.FHIR.assessment(bundle).vitals();

        assertThat(vitals.systolicBp()).isEqualTo(88);
        assertThat(vitals.diastolicBp()).isEqualTo(50);
        assertThat(vitals.pulse()).as("the reading entered in error is not a measurement").isEqualTo(80);
    }

    @Test
    void twoReadingsOfOneVitalSign_orAnAgeGivenTwice_areRefused() {
        org.hl7.fhir.r4.model.Bundle bundle = adultCough(org.hearandtreat.triage.Vitals.builder().pulse(80).build());
        bundle.addEntry().setResource(((org.hl7.fhir.r4.model.Observation) bundle.getEntry().get(3).getResource())
                .copy());
        ((org.hl7.fhir.r4.model.Patient) bundle.getEntry().get(1).getResource())
                .setBirthDateElement(new org.hl7.fhir.r4.model.DateType("1986-01-01"));

        InvalidAssessmentException e = catchThrowableOfType(InvalidAssessmentException.class,
                () -> FhirTriageTest.FHIR.assessment(bundle));

        assertThat(e.violations()).extracting(Violation::expected).anySatisfy(x -> assertThat(x)
                .contains("one Observation per vital sign")).anySatisfy(x -> assertThat(x)
                .contains("the age once"));
    }

    @Test
    void carePlanWithoutItsEscalationAnswer_isRefused_notDefaulted() throws IOException {
        org.hl7.fhir.r4.model.Bundle bundle = FhirTriageTest.FHIR.call(FhirTriageTest.cases().stream()
                .map(org.hearandtreat.triage.TriageCase::assessment).filter(a -> a.patient().advanceCarePlan() != null)
                .findFirst().orElseThrow());
        org.hl7.fhir.r4.model.QuestionnaireResponse qr =
                (org.hl7.fhir.r4.model.QuestionnaireResponse) bundle.getEntry().get(0).getResource();
        qr.getItem().stream().filter(i -> i.getLinkId().equals("advance-care-plan")).findFirst().orElseThrow()
                .getItem().removeIf(i -> i.getLinkId().equals("limits-escalation"));

        InvalidAssessmentException e = catchThrowableOfType(InvalidAssessmentException.class,
                () -> FhirTriageTest.FHIR.assessment(bundle));

        assertThat(e.violations()).extracting(Violation::path)
                .containsExactly("QuestionnaireResponse.item.where(linkId='limits-escalation')");
    }

    @Test
    void responseEnteredInError_isNotTriaged() {
        org.hl7.fhir.r4.model.Bundle bundle = adultCough(org.hearandtreat.triage.Vitals.NONE);
        ((org.hl7.fhir.r4.model.QuestionnaireResponse) bundle.getEntry().get(0).getResource())
                .setStatus(org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus.ENTEREDINERROR);

        InvalidAssessmentException e = catchThrowableOfType(InvalidAssessmentException.class,
                () -> FhirTriageTest.FHIR.assessment(bundle));

        assertThat(e.violations()).extracting(Violation::path).containsExactly("QuestionnaireResponse.status");
    }

    @Test
    void aResponseAboutAnotherPatient_orToAnotherQuestionnaire_isRefused() {
        org.hl7.fhir.r4.model.Bundle bundle = adultCough(org.hearandtreat.triage.Vitals.NONE);
        org.hl7.fhir.r4.model.QuestionnaireResponse qr =
                (org.hl7.fhir.r4.model.QuestionnaireResponse) bundle.getEntry().get(0).getResource();
        qr.getSubject().setReference("Patient/someone-else");
        qr.setQuestionnaire("https://example.org/Questionnaire/other|1");

        InvalidAssessmentException e = catchThrowableOfType(InvalidAssessmentException.class,
                () -> FhirTriageTest.FHIR.assessment(bundle));

        assertThat(e.violations()).extracting(Violation::path)
                .containsExactlyInAnyOrder("QuestionnaireResponse.subject", "QuestionnaireResponse.questionnaire");
    }

    @Test
    void anotherVersionOfTheQuestionnaire_isAccepted_becauseEveryLinkIdIsChecked() {
        org.hl7.fhir.r4.model.Bundle bundle = adultCough(org.hearandtreat.triage.Vitals.NONE);
        ((org.hl7.fhir.r4.model.QuestionnaireResponse) bundle.getEntry().get(0).getResource())
                .setQuestionnaire("https://hearandtreat.org/fhir/Questionnaire/reference-protocols|0.4.0");

        assertThat(FhirTriageTest.FHIR.assessment(bundle).complaint()).isEqualTo("COUGH");
    }

    @Test
    void aResourceWithAnId_isNamedByIt_asTheSenderKnowsIt() {
        org.hl7.fhir.r4.model.Bundle bundle = adultCough(org.hearandtreat.triage.Vitals.builder().pulse(80).build());
        org.hl7.fhir.r4.model.Observation pulse = (org.hl7.fhir.r4.model.Observation) bundle.getEntry().get(3)
                .getResource();
        pulse.setId("pulse-1");
        bundle.getEntry().get(3).setFullUrl(null);
        pulse.setValue(new org.hl7.fhir.r4.model.Quantity(0.8).setSystem(FhirCodes.UCUM).setCode("/min"));

        InvalidAssessmentException e = catchThrowableOfType(InvalidAssessmentException.class,
                () -> FhirTriageTest.FHIR.assessment(bundle));

        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("Bundle.entry.resource.where(id='pulse-1').valueQuantity.value");
            assertThat(v.expected()).isEqualTo("a whole number of /min");
        });
    }
}
