package org.hearandtreat.triage.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hearandtreat.triage.Age;
import org.hearandtreat.triage.Assessment;
import org.hearandtreat.triage.Dispatch;
import org.hearandtreat.triage.HearAndTreat;
import org.hearandtreat.triage.Patient;
import org.hearandtreat.triage.RuleSet;
import org.hearandtreat.triage.SafetyFlag;
import org.hearandtreat.triage.TriageCase;
import org.hearandtreat.triage.TriageEngine;
import org.hearandtreat.triage.TriageJson;
import org.hearandtreat.triage.TriageResult;
import org.hearandtreat.triage.Vocabulary;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.GuidanceResponse;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;

/**
 * The FHIR adapter over the reference rules: every resource it writes is parsed back with HAPI and validated against
 * the R4 base definitions, and every call of the case suite survives the trip through FHIR unchanged.
 */
class FhirTriageTest {

    static final TriageEngine ENGINE;

    static {
        try {
            ENGINE = TriageEngine.create(RuleSet.fromClasspath("org/hearandtreat/triage/protocols"));
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    static final FhirTriage FHIR = FhirTriage.of(ENGINE);
    static final FhirTriage.Routing ROUTING = new FhirTriage.Routing("https://fhir.nhs.uk/Id/dos-service-id|1001",
            "https://fhir.nhs.uk/Id/dos-service-id|2002", "https://example.org/ambulance-case", "CAD-42");
    private static final Path CASES = Path.of("../triage-rules/src/test/resources/cases");

    static Assessment example(String name) throws IOException {
        return TriageJson.readAssessment(Files.readString(Path.of("../examples", name)));
    }

    static List<TriageCase> cases() {
        try (Stream<Path> files = Files.walk(CASES)) {
            List<TriageCase> all = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                all.add(TriageJson.readCase(Files.readString(f)));
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void questionnaireOfTheReferenceRules_isValidR4_withAnItemPerQuestionAndRiskFactor() {
        Questionnaire q = FHIR.questionnaire();
        Vocabulary vocabulary = ENGINE.vocabulary();

        assertThat(R4Validation.errors(FHIR.toJson(q))).isEmpty();
        assertThat(q.getUrl()).isEqualTo("https://hearandtreat.org/fhir/Questionnaire/reference-protocols");
        assertThat(q.getVersion()).isEqualTo(ENGINE.ruleSetInfo().version());
        Questionnaire.QuestionnaireItemComponent questions = q.getItem().stream()
                .filter(i -> i.getLinkId().equals("questions")).findFirst().orElseThrow();
        assertThat(questions.getItem()).extracting(Questionnaire.QuestionnaireItemComponent::getLinkId)
                .containsExactlyElementsOf(vocabulary.questions().stream().map(Vocabulary.Question::code).toList());
        assertThat(questions.getItem().stream().filter(i -> i.hasExtension(FhirCodes.EXT_RED_FLAG)).count())
                .isEqualTo(vocabulary.questions().stream().filter(Vocabulary.Question::redFlag).count());
        assertThat(q.getItem().get(0).getAnswerOption()).hasSize(vocabulary.complaints().size());
        Vocabulary.Question specific = vocabulary.questions().stream().filter(x -> !x.universal()).findFirst()
                .orElseThrow();
        Questionnaire.QuestionnaireItemComponent item = questions.getItem().stream()
                .filter(i -> i.getLinkId().equals(specific.code())).findFirst().orElseThrow();
        assertThat(item.getEnableWhen()).as("an answer counts under any complaint").isEmpty();
        assertThat(item.getExtensionsByUrl(FhirCodes.EXT_ASKED_UNDER))
                .extracting(e -> ((org.hl7.fhir.r4.model.Coding) e.getValue()).getCode())
                .containsExactlyElementsOf(specific.appliesTo());
        long coded = vocabulary.questions().stream().filter(x -> !x.codings().isEmpty()).count();
        assertThat(questions.getItem().stream().filter(i -> i.hasCode()).count()).isEqualTo(coded);
        Extension ages = questions.getItem().stream().map(i -> i.getExtensionByUrl(FhirCodes.EXT_AGES))
                .filter(e -> e != null).findFirst().orElseThrow();
        assertThat(ages.getExtension()).isNotEmpty();
    }

    @Test
    void everyCaseOfTheSuite_survivesTheTripThroughFhir_withTheSameAssessmentAndDisposition() {
        List<TriageCase> cases = cases();
        for (TriageCase c : cases) {
            Assessment a = c.assessment();
            String json = FHIR.toJson(FHIR.call(a));
            Assessment back = FHIR.readAssessment(json);
            assertThat(sameAgeAs(back, a)).as(c.description()).isEqualTo(a);
            assertThat(ENGINE.evaluate(back).disposition()).as(c.description())
                    .isEqualTo(ENGINE.evaluate(a).disposition());
        }
        assertThat(cases).as("the whole suite was read").hasSizeGreaterThan(900);
    }

    @Test
    void everyTenthCallOfTheSuite_isValidR4_andValidAgainstTheGeneratedQuestionnaire() {
        var validator = R4Validation.knowing(FHIR.questionnaire());
        List<TriageCase> cases = cases();
        int checked = 0;
        for (int i = 0; i < cases.size(); i += 10) {
            String json = FHIR.toJson(FHIR.call(cases.get(i).assessment()));
            assertThat(R4Validation.errors(validator, json)).as(cases.get(i).description()).isEmpty();
            checked++;
        }
        assertThat(checked).isGreaterThan(90);
        String unknownItem = FHIR.toJson(FHIR.call(cases.get(0).assessment()))
                .replace("\"linkId\": \"UNRESPONSIVE\"", "\"linkId\": \"NOT_A_QUESTION\"");
        assertThat(unknownItem).contains("NOT_A_QUESTION");
        assertThat(R4Validation.errors(validator, unknownItem)).as("the validator reads the Questionnaire")
                .anySatisfy(m -> assertThat(m).contains("NOT_A_QUESTION"));
    }

    /**
     * FHIR carries an age in one unit (P16Y2M travels as 194 months): the same age, as a different Period. Checks
     * the age read back is the same to within a day, then gives it the original's form for comparing the rest.
     */
    static Assessment sameAgeAs(Assessment back, Assessment original) {
        Period age = original.patient().age();
        if (age == null) {
            assertThat(back.patient().age()).isNull();
            return back;
        }
        assertThat(Age.inDays(back.patient().age())).isCloseTo(Age.inDays(age), within(1.0));
        Patient p = back.patient();
        return new Assessment(new Patient(age, p.sex(), p.pregnancy(), p.history(), p.advanceCarePlan()),
                back.complaint(), back.answers(), back.vitals(), back.evaluatedAt());
    }

    @Test
    void aLoneQuestionnaireResponse_withItsPatientContained_isReadToo() throws IOException {
        Assessment a = example("infant-fever-6-weeks.json");
        Assessment noVitals = new Assessment(a.patient(), a.complaint(), a.answers(),
                org.hearandtreat.triage.Vitals.NONE, a.evaluatedAt());
        Bundle call = FHIR.call(noVitals);
        org.hl7.fhir.r4.model.QuestionnaireResponse qr =
                (org.hl7.fhir.r4.model.QuestionnaireResponse) call.getEntry().get(0).getResource().copy();
        org.hl7.fhir.r4.model.Patient patient =
                (org.hl7.fhir.r4.model.Patient) call.getEntry().get(1).getResource().copy();
        patient.setId("patient");
        qr.addContained(patient);
        qr.setSubject(new Reference("#patient"));
        org.hl7.fhir.r4.model.Observation age = (org.hl7.fhir.r4.model.Observation) call.getEntry().get(2)
                .getResource();
        patient.setBirthDate(java.util.Date.from(a.evaluatedAt().minus(java.time.Duration.ofDays(
                age.getValueQuantity().getValue().longValue() * ("wk".equals(age.getValueQuantity().getCode()) ? 7 : 1)))));
        assertThat(age.getValueQuantity().getCode()).isIn("d", "wk");

        String json = FHIR.toJson(qr);

        assertThat(R4Validation.errors(json)).isEmpty();
        assertThat(sameAgeAs(FHIR.readAssessment(json), noVitals)).isEqualTo(noVitals);
    }

    @Test
    void guidanceResponsesAndReferralBundles_forEveryKindOfOutcome_areValidR4() {
        Map<String, TriageCase> oneOfEachKind = new LinkedHashMap<>();
        for (TriageCase c : cases()) {
            TriageResult r = ENGINE.evaluate(c.assessment());
            String kind = r.disposition() instanceof Dispatch d ? "dispatch " + d.category()
                    : ((HearAndTreat) r.disposition()).service();
            oneOfEachKind.putIfAbsent(kind, c);
            if (r.flags().contains(SafetyFlag.SAFEGUARDING_CONCERN)) {
                oneOfEachKind.putIfAbsent("safeguarding", c);
            }
            if (r.nextQuestions().stream().anyMatch(q -> q.blocksHearAndTreat())) {
                oneOfEachKind.putIfAbsent("waiting for a red flag", c);
            }
        }
        assertThat(oneOfEachKind).containsKeys("dispatch C1", "dispatch C3", "EMERGENCY_DEPARTMENT",
                "CLINICAL_CALLBACK", "GP", "SELF_CARE", "safeguarding", "waiting for a red flag");
        int referrals = 0;
        for (Map.Entry<String, TriageCase> e : oneOfEachKind.entrySet()) {
            Assessment a = e.getValue().assessment();
            TriageResult result = ENGINE.evaluate(a);
            GuidanceResponse g = FHIR.guidanceResponse(result, new Reference("Patient/example"));
            assertThat(R4Validation.errors(FHIR.toJson(g))).as(e.getKey()).isEmpty();
            assertThat(g.getReasonCode()).hasSize(result.reasons().size());
            assertThat(g.getStatus()).isEqualTo(result.nextQuestions().stream().anyMatch(q -> q.blocksHearAndTreat())
                    ? GuidanceResponse.GuidanceResponseStatus.DATAREQUESTED
                    : GuidanceResponse.GuidanceResponseStatus.SUCCESS);
            assertThat(g.getDataRequirement()).hasSize(result.nextQuestions().size());
            if (FhirTriage.isReferral(result)) {
                referrals++;
                Bundle bundle = FHIR.referral(result, a, ROUTING);
                assertThat(R4Validation.errors(FHIR.toJson(bundle))).as(e.getKey()).isEmpty();
                assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.MESSAGE);
                MessageHeader header = (MessageHeader) bundle.getEntryFirstRep().getResource();
                assertThat(header.getEventCoding().getCode()).isEqualTo("servicerequest-request");
                ServiceRequest request = (ServiceRequest) bundle.getEntry().get(1).getResource();
                HearAndTreat referral = (HearAndTreat) result.disposition();
                assertThat(request.getOccurrencePeriod().getEnd().toInstant())
                        .isEqualTo(result.evaluatedAt().plus(referral.within()));
                assertThat(FHIR.readAssessment(FHIR.toJson(bundle.copy().setType(Bundle.BundleType.COLLECTION)
                        .setEntry(bundle.getEntry().stream().filter(x -> x.getResource() instanceof
                                org.hl7.fhir.r4.model.QuestionnaireResponse || x.getResource() instanceof
                                org.hl7.fhir.r4.model.Patient || x.getResource() instanceof
                                org.hl7.fhir.r4.model.Observation).toList())))).as("the answers travel with it")
                        .usingRecursiveComparison().ignoringFields("patient.age")
                        .isEqualTo(a);
                assertThat(bundle.getEntry().stream().anyMatch(x -> x.getResource() instanceof
                        org.hl7.fhir.r4.model.Flag)).isEqualTo(result.flags().contains(SafetyFlag.SAFEGUARDING_CONCERN));
            }
        }
        assertThat(referrals).isGreaterThanOrEqualTo(3);
    }

    @Test
    void referralForACallThatCameInAsFhir_keepsTheSendersPatient_andIsValidR4() throws IOException {
        Bundle call = FHIR.call(example("fall-uninjured-cannot-get-up.json"));
        org.hl7.fhir.r4.model.Patient sent = (org.hl7.fhir.r4.model.Patient) call.getEntry().get(1).getResource();
        sent.addIdentifier().setSystem("https://fhir.nhs.uk/Id/nhs-number").setValue("9449306060");
        sent.addName().setFamily("Example").addGiven("Ada");
        sent.setBirthDateElement(new org.hl7.fhir.r4.model.DateType("1942-05-01"));
        call.getEntry().removeIf(e -> e.getResource() instanceof org.hl7.fhir.r4.model.Observation o
                && o.getCode().getCodingFirstRep().getCode().equals(AssessmentWriter.AGE));
        Bundle parsed = (Bundle) FHIR.parse(FHIR.toJson(call));
        TriageResult result = ENGINE.evaluate(FHIR.assessment(parsed));

        Bundle referral = FHIR.referral(result, parsed, ROUTING);

        assertThat(R4Validation.errors(FHIR.toJson(referral))).isEmpty();
        org.hl7.fhir.r4.model.Patient patient = referral.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource).filter(r -> r instanceof org.hl7.fhir.r4.model.Patient)
                .map(r -> (org.hl7.fhir.r4.model.Patient) r).findFirst().orElseThrow();
        assertThat(patient.getIdentifierFirstRep().getValue()).isEqualTo("9449306060");
        assertThat(patient.getBirthDateElement().getValueAsString()).isEqualTo("1942-05-01");
        assertThat(patient.getNameFirstRep().getFamily()).isEqualTo("Example");
        org.hl7.fhir.r4.model.QuestionnaireResponse answers = referral.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(r -> r instanceof org.hl7.fhir.r4.model.QuestionnaireResponse)
                .map(r -> (org.hl7.fhir.r4.model.QuestionnaireResponse) r).findFirst().orElseThrow();
        assertThat(answers.getSubject().getReference()).isEqualTo("urn:uuid:" + patient.getIdElement().getIdPart());
    }

    @Test
    void referralWhileRedFlagsAreUnanswered_tellsTheCallbackClinicianWhatWasHeldBack() throws IOException {
        Assessment fall = example("fall-uninjured-cannot-get-up.json");
        Assessment unasked = new Assessment(fall.patient(), "FALL", java.util.Map.of("FALL_CANNOT_GET_UP",
                org.hearandtreat.triage.Answer.YES), fall.vitals(), fall.evaluatedAt());
        TriageResult result = ENGINE.evaluate(unasked);
        assertThat(result.flags()).contains(SafetyFlag.HEAR_AND_TREAT_WITHHELD_RED_FLAGS_UNANSWERED);

        Bundle referral = FHIR.referral(result, unasked, ROUTING);

        ServiceRequest request = (ServiceRequest) referral.getEntry().get(1).getResource();
        assertThat(request.getNoteFirstRep().getText())
                .contains("Held back until the red flags are answered: Uninjured but unable to get up needs the falls "
                        + "response service (FALLS_RESPONSE/PT2H)");
    }
}
