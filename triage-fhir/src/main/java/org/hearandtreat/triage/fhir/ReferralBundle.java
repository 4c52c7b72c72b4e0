package org.hearandtreat.triage.fhir;

import java.util.Date;
import org.hearandtreat.triage.HearAndTreat;
import org.hearandtreat.triage.SafetyFlag;
import org.hearandtreat.triage.ServiceKind;
import org.hearandtreat.triage.TriageResult;
import org.hearandtreat.triage.Vocabulary;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.StringType;
import org.jspecify.annotations.Nullable;

/**
 * A hear-and-treat referral as a FHIR message Bundle shaped after the NHS Booking and Referral Standard (BaRS)
 * referral request: MessageHeader (event {@code servicerequest-request}, reason {@code new}), ServiceRequest
 * (intent {@code plan}, category {@code referral} plus the BaRS use case, {@code occurrencePeriod.end} the time the
 * service must act by), CarePlan (the outcome codes in {@code activity.outcomeCodeableConcept}; the answers, the
 * vital signs and any safeguarding Flag in {@code supportingInfo}), Encounter (the presenting complaint as its reason),
 * Patient, the QuestionnaireResponse with the triage answers and the vital-sign Observations, and a safeguarding Flag
 * when one was raised. It does not claim the BaRS profiles: the Organizations, Practitioner, HealthcareService, Consent and
 * incident Location BaRS requires are the sending service's data, which the engine does not hold.
 */
final class ReferralBundle {

    static final String EVENTS = "https://fhir.nhs.uk/CodeSystem/message-events-bars";
    static final String REASONS = "https://fhir.nhs.uk/CodeSystem/message-reason-bars";
    static final String CATEGORY = "https://fhir.nhs.uk/CodeSystem/message-category-servicerequest";
    static final String USE_CASES = "https://fhir.nhs.uk/CodeSystem/usecases-categories-bars";
    static final String FLAG_CATEGORIES = "https://fhir.nhs.uk/CodeSystem/flag-categories-bars";
    static final String CDSS = "https://fhir.nhs.uk/StructureDefinition/CDSSExtension";
    static final String DEFINITION = "https://fhir.nhs.uk/MessageDefinition/bars-message-servicerequest-request-referral";

    private ReferralBundle() {
    }

    static Bundle build(TriageResult result, String complaint, AssessmentWriter.Written call, Vocabulary vocabulary,
                        FhirTriage.Routing routing, Ids ids) {
        if (!(result.disposition() instanceof HearAndTreat referral) || referral.kind() == ServiceKind.SELF_CARE) {
            throw new IllegalArgumentException("a referral needs a hear-and-treat disposition to a service; this "
                    + "result is " + result.disposition().code());
        }
        Date at = Date.from(result.evaluatedAt());
        Reference patient = Ids.reference(call.patient());

        Encounter encounter = new Encounter();
        encounter.setId(ids.next());
        encounter.setStatus(Encounter.EncounterStatus.FINISHED);
        encounter.setClass_(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "EMER", "emergency"));
        encounter.setSubject(patient);
        encounter.setPeriod(new Period().setStartElement(FhirCodes.dateTime(at)));
        vocabulary.complaint(complaint).ifPresent(c -> encounter.addReasonCode(FhirCodes.concept(FhirCodes.COMPLAINT,
                c.code(), c.text(), c.codings())));
        if (routing.caseNumber() != null) {
            encounter.addIdentifier().setSystem(routing.caseNumberSystem()).setValue(routing.caseNumber());
        }
        Reference encounterRef = Ids.reference(encounter);

        CarePlan plan = ResultWriter.carePlan(result, vocabulary, patient);
        plan.setId(ids.next());
        plan.setEncounter(encounterRef);

        ServiceRequest request = new ServiceRequest();
        request.setId(ids.next());
        request.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
        request.setIntent(ServiceRequest.ServiceRequestIntent.PLAN);
        CodeableConcept category = request.addCategory();
        category.addCoding(new Coding(CATEGORY, "referral", "Transfer of Care"));
        String useCase = useCase(referral);
        if (useCase != null) {
            category.addCoding(new Coding(USE_CASES, useCase, null));
        }
        request.setCode(ResultWriter.service(referral));
        request.setSubject(patient);
        request.setEncounter(encounterRef);
        request.addBasedOn(Ids.reference(plan));
        request.setAuthoredOnElement(FhirCodes.dateTime(at));
        Period occurrence = new Period().setStartElement(FhirCodes.dateTime(at));
        occurrence.setEndElement(FhirCodes.dateTime(Date.from(result.evaluatedAt().plus(referral.within()))));
        request.setOccurrence(occurrence);
        request.setPerformerType(ResultWriter.service(referral));
        request.addNote().setText(ResultWriter.summary(result));
        // BaRS keeps ServiceRequest.supportingInfo for rejected services; the call's content hangs off the CarePlan.
        plan.addSupportingInfo(Ids.reference(call.response()));
        for (Observation o : call.observations()) {
            plan.addSupportingInfo(Ids.reference(o));
        }

        MessageHeader header = new MessageHeader();
        header.setId(ids.next());
        header.setEvent(new Coding(EVENTS, "servicerequest-request", null));
        header.addDestination().setEndpoint(routing.receiverEndpoint());
        header.getSource().setEndpoint(routing.senderEndpoint()).setSoftware("hear-and-treat triage engine, rule set "
                + result.ruleSet().id()).setVersion(result.ruleSet().version());
        header.setReason(new CodeableConcept(new Coding(REASONS, "new", null)));
        header.addFocus(Ids.reference(request));
        header.setDefinition(DEFINITION);
        Extension cdss = header.addExtension().setUrl(CDSS);
        cdss.addExtension("RequesterCDSSsoftware", new StringType("hear-and-treat triage engine, rule set "
                + result.ruleSet().id()));
        cdss.addExtension("RequesterCDSSversion", new StringType(result.ruleSet().version()));

        Bundle bundle = new Bundle();
        bundle.setId(ids.next());
        bundle.setType(Bundle.BundleType.MESSAGE);
        bundle.setTimestampElement(FhirCodes.instant(at));
        bundle.getMeta().setLastUpdatedElement(FhirCodes.instant(at));
        add(bundle, header);
        add(bundle, request);
        add(bundle, plan);
        add(bundle, encounter);
        add(bundle, call.patient());
        add(bundle, call.response());
        call.observations().forEach(o -> add(bundle, o));
        if (result.flags().contains(SafetyFlag.SAFEGUARDING_CONCERN)) {
            Flag flag = new Flag();
            flag.setId(ids.next());
            flag.setStatus(Flag.FlagStatus.ACTIVE);
            flag.addCategory(new CodeableConcept(new Coding(FLAG_CATEGORIES, "SG", "Safeguarding")));
            flag.setCode(new CodeableConcept().setText(SafetyFlag.SAFEGUARDING_CONCERN.description()));
            flag.setSubject(patient);
            flag.setEncounter(encounterRef);
            plan.addSupportingInfo(Ids.reference(flag));
            add(bundle, flag);
        }
        return bundle;
    }

    /**
     * The BaRS use case, where the guide publishes one for the destination: 999 to ED ({@code a1t5}), 999 to UTC
     * ({@code a1t6}), 999 to a clinical assessment service ({@code a3t1}); none for other referrals.
     */
    static @Nullable String useCase(HearAndTreat referral) {
        if (referral.kind() == ServiceKind.EMERGENCY_DEPARTMENT) {
            return "a1t5";
        }
        if (referral.kind() == ServiceKind.CLINICAL_CALLBACK) {
            return "a3t1";
        }
        return referral.service().equals("URGENT_TREATMENT_CENTRE") ? "a1t6" : null;
    }

    private static void add(Bundle bundle, Resource resource) {
        bundle.addEntry().setFullUrl(Ids.fullUrl(resource)).setResource(resource);
    }
}
