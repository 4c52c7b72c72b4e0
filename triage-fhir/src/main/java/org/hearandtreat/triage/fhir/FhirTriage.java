package org.hearandtreat.triage.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import java.util.List;
import java.util.Objects;
import org.hearandtreat.triage.Assessment;
import org.hearandtreat.triage.InvalidAssessmentException;
import org.hearandtreat.triage.InvalidFieldException;
import org.hearandtreat.triage.RuleSetInfo;
import org.hearandtreat.triage.TriageEngine;
import org.hearandtreat.triage.TriageResult;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.GuidanceResponse;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;

/**
 * The engine in FHIR R4 terms, through HAPI FHIR: the rule set's vocabulary as a {@code Questionnaire}, a
 * {@code QuestionnaireResponse} with its {@code Patient} and vital-sign {@code Observation}s in as an
 * {@link Assessment}, and the result out as a {@code GuidanceResponse} or, for a hear-and-treat referral, as a
 * message {@code Bundle} shaped after the NHS Booking and Referral Standard (BaRS).
 *
 * <p>It reads the engine's current rule set on every call, so a reload is followed. Thread-safe. Bad input fails
 * with {@link InvalidAssessmentException}, each violation naming the item's linkId or the element's FHIRPath.
 */
public final class FhirTriage {

    /**
     * Where a referral message goes: the BaRS MessageHeader endpoints, usually
     * {@code https://fhir.nhs.uk/Id/dos-service-id|ID} of the sending and receiving services, and optionally the
     * sender's case number for the Encounter.
     *
     * @param senderEndpoint   the sending service's endpoint
     * @param receiverEndpoint the receiving service's endpoint
     * @param caseNumberSystem the identifier system of the sender's case numbers, or null
     * @param caseNumber       the sender's case number, or null
     */
    public record Routing(String senderEndpoint, String receiverEndpoint, @Nullable String caseNumberSystem,
                          @Nullable String caseNumber) {
        public Routing {
            if (senderEndpoint == null || senderEndpoint.isBlank()) {
                throw new InvalidFieldException("senderEndpoint", senderEndpoint, "the sending service's endpoint");
            }
            if (receiverEndpoint == null || receiverEndpoint.isBlank()) {
                throw new InvalidFieldException("receiverEndpoint", receiverEndpoint,
                        "the receiving service's endpoint");
            }
            if ((caseNumber == null) != (caseNumberSystem == null)) {
                throw new InvalidFieldException("caseNumberSystem", caseNumberSystem,
                        "a system exactly when a case number is given");
            }
        }

        /** Routing without a case number. */
        public Routing(String senderEndpoint, String receiverEndpoint) {
            this(senderEndpoint, receiverEndpoint, null, null);
        }
    }

    private final TriageEngine engine;
    private final FhirContext context = FhirContext.forR4Cached();

    private FhirTriage(TriageEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /** @return the FHIR view of this engine */
    public static FhirTriage of(TriageEngine engine) {
        return new FhirTriage(engine);
    }

    /** @return the Questionnaire of the engine's current rule set, generated from its vocabulary */
    public Questionnaire questionnaire() {
        return TriageQuestionnaire.build(engine.ruleSetInfo(), engine.vocabulary());
    }

    /**
     * @param json a QuestionnaireResponse (Patient and Observations contained) or a Bundle holding them
     * @return the assessment
     * @throws InvalidAssessmentException naming each bad item, element or unparseable part
     */
    public Assessment readAssessment(String json) {
        return assessment(parse(json));
    }

    /**
     * @param input a QuestionnaireResponse (Patient and Observations contained) or a Bundle holding them
     * @return the assessment
     * @throws InvalidAssessmentException naming each bad item or element
     */
    public Assessment assessment(Resource input) {
        return AssessmentReader.read(engine.vocabulary(), TriageQuestionnaire.url(engine.ruleSetInfo()), input);
    }

    /**
     * @param assessment an assessment
     * @return a collection Bundle: its QuestionnaireResponse, Patient and Observations
     */
    public Bundle call(Assessment assessment) {
        RuleSetInfo info = engine.ruleSetInfo();
        AssessmentWriter.Written written = AssessmentWriter.write(assessment, info, engine.vocabulary(),
                ids(assessment));
        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
        for (Resource r : written.all()) {
            bundle.addEntry().setFullUrl(Ids.fullUrl(r)).setResource(r);
        }
        return bundle;
    }

    /**
     * @param result  the engine's result
     * @param subject the patient it is about: a reference such as {@code Patient/123}, or one with a display only
     * @return the result as a GuidanceResponse
     */
    public GuidanceResponse guidanceResponse(TriageResult result, Reference subject) {
        Objects.requireNonNull(subject, "subject");
        return ResultWriter.guidanceResponse(result, engine.vocabulary(), subject, new Ids(result.toString()));
    }

    /**
     * @param result     the engine's result for the assessment; a hear-and-treat referral to a service
     * @param assessment the assessment it was given
     * @param routing    where the message goes
     * @return the referral as a BaRS-shaped message Bundle
     * @throws IllegalArgumentException when the result is a dispatch or self-care
     */
    public Bundle referral(TriageResult result, Assessment assessment, Routing routing) {
        Ids ids = ids(assessment);
        AssessmentWriter.Written written = AssessmentWriter.write(assessment, result.ruleSet(), engine.vocabulary(),
                ids);
        return ReferralBundle.build(result, assessment.complaint(), written, engine.vocabulary(), routing, ids);
    }

    /**
     * A referral for a call that came in as FHIR: the sender's own Patient (with its identifiers, such as the NHS
     * number, its name and birth date), QuestionnaireResponse and Observations go into the Bundle as given, under new
     * ids and pointing at the Patient, so nothing the sender knew is lost.
     *
     * @param result  the engine's result for the call read from {@code input}
     * @param input   the QuestionnaireResponse or Bundle the call was read from
     * @param routing where the message goes
     * @return the referral as a BaRS-shaped message Bundle
     * @throws InvalidAssessmentException when the input is not a valid call
     * @throws IllegalArgumentException when the result is a dispatch or self-care
     */
    public Bundle referral(TriageResult result, Resource input, Routing routing) {
        Assessment assessment = assessment(input);
        List<Resource> given = new java.util.ArrayList<>();
        if (input instanceof Bundle bundle) {
            bundle.getEntry().forEach(e -> given.add(e.getResource()));
        } else {
            given.add(input);
        }
        for (Resource r : List.copyOf(given)) {
            if (r instanceof org.hl7.fhir.r4.model.QuestionnaireResponse qr) {
                given.addAll(qr.getContained());
            }
        }
        Ids ids = new Ids(result.toString());
        org.hl7.fhir.r4.model.Patient patient = given.stream()
                .filter(r -> r instanceof org.hl7.fhir.r4.model.Patient).findFirst()
                .map(r -> ((org.hl7.fhir.r4.model.Patient) r).copy()).orElseThrow();
        patient.setId(ids.next());
        Reference subject = Ids.reference(patient);
        org.hl7.fhir.r4.model.QuestionnaireResponse response = given.stream()
                .filter(r -> r instanceof org.hl7.fhir.r4.model.QuestionnaireResponse).findFirst()
                .map(r -> ((org.hl7.fhir.r4.model.QuestionnaireResponse) r).copy()).orElseThrow();
        response.getContained().clear();
        response.setId(ids.next());
        response.setSubject(subject);
        List<org.hl7.fhir.r4.model.Observation> observations = new java.util.ArrayList<>();
        for (Resource r : given) {
            if (r instanceof org.hl7.fhir.r4.model.Observation o) {
                org.hl7.fhir.r4.model.Observation copy = o.copy();
                copy.setId(ids.next());
                copy.setSubject(subject);
                observations.add(copy);
            }
        }
        return ReferralBundle.build(result, assessment.complaint(),
                new AssessmentWriter.Written(response, patient, observations), engine.vocabulary(), routing, ids);
    }

    /**
     * @param invalid the violations a call was refused for
     * @return them as an OperationOutcome, one {@code error} issue per violation with its path as the expression, for
     *         a sender that reads errors as FHIR
     */
    public org.hl7.fhir.r4.model.OperationOutcome operationOutcome(InvalidAssessmentException invalid) {
        org.hl7.fhir.r4.model.OperationOutcome outcome = new org.hl7.fhir.r4.model.OperationOutcome();
        for (InvalidAssessmentException.Violation v : invalid.violations()) {
            outcome.addIssue().setSeverity(org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity.ERROR)
                    .setCode(org.hl7.fhir.r4.model.OperationOutcome.IssueType.INVALID)
                    .setDiagnostics(v.toString()).addExpression(v.path());
        }
        return outcome;
    }

    /** @return the resource as pretty-printed FHIR JSON */
    public String toJson(IBaseResource resource) {
        return context.newJsonParser().setPrettyPrint(true).encodeResourceToString(resource);
    }

    /** @return true when a referral Bundle can be made for this result */
    public static boolean isReferral(TriageResult result) {
        return ResultWriter.referral(result);
    }

    /** Ids derived from the whole call: the same call gives the same resources, two different calls never share. */
    private static Ids ids(Assessment assessment) {
        return new Ids(assessment.toString());
    }

    /**
     * @param input the QuestionnaireResponse or Bundle an assessment was read from
     * @return a reference to its Patient: by id when it has one, otherwise by a description
     */
    public static Reference subjectOf(Resource input) {
        if (input instanceof Bundle bundle) {
            for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
                if (entry.getResource() instanceof org.hl7.fhir.r4.model.Patient patient) {
                    if (entry.hasFullUrl()) {
                        return new Reference(entry.getFullUrl());
                    }
                    if (patient.getIdElement().hasIdPart()) {
                        return new Reference("Patient/" + patient.getIdElement().getIdPart());
                    }
                }
            }
        } else if (input instanceof org.hl7.fhir.r4.model.QuestionnaireResponse qr && qr.getSubject().hasReference()
                && !qr.getSubject().getReference().startsWith("#")) {
            return new Reference(qr.getSubject().getReference());
        }
        return new Reference().setDisplay("The patient of the QuestionnaireResponse");
    }

    /**
     * @param json FHIR R4 JSON
     * @return the parsed resource
     * @throws InvalidAssessmentException when it is not valid FHIR R4 JSON
     */
    public Resource parse(String json) {
        IParser parser = context.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
        try {
            IBaseResource parsed = parser.parseResource(json);
            return (Resource) parsed;
        } catch (DataFormatException | ClassCastException e) {
            throw new InvalidAssessmentException(List.of(new InvalidAssessmentException.Violation("$", "the document",
                    "FHIR R4 JSON: " + e.getMessage())));
        }
    }
}
