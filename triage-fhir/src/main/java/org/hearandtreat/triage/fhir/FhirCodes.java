package org.hearandtreat.triage.fhir;

import java.util.List;
import org.hearandtreat.triage.Coding;
import org.hl7.fhir.r4.model.CodeableConcept;

/**
 * The code systems, extensions and LOINC codes the FHIR adapter reads and writes: supported API, for systems that
 * read our resources. Our own codes live under {@value #BASE}, an identifier for this library's code systems, not a
 * server to call.
 */
public final class FhirCodes {

    /** The namespace of this library's FHIR code systems and extensions. */
    public static final String BASE = "https://hearandtreat.org/fhir";
    /** Complaint codes of the rule set's vocabulary. */
    public static final String COMPLAINT = BASE + "/CodeSystem/complaint";
    /** Question codes of the rule set's vocabulary (also the Questionnaire item linkIds). */
    public static final String QUESTION = BASE + "/CodeSystem/question";
    /** Risk-factor codes of the rule set's vocabulary. */
    public static final String RISK_FACTOR = BASE + "/CodeSystem/risk-factor";
    /** Service codes of the rule set's vocabulary. */
    public static final String SERVICE = BASE + "/CodeSystem/service";
    /** Advice keys of the rule set's vocabulary. */
    public static final String ADVICE = BASE + "/CodeSystem/advice";
    /** Rule ids ({@code @id}) of the rule set. */
    public static final String RULE = BASE + "/CodeSystem/rule";
    /** Disposition codes such as {@code C2B} or {@code GP/PT24H}. */
    public static final String DISPOSITION = BASE + "/CodeSystem/disposition";
    /** The engine's safety flags. */
    public static final String SAFETY_FLAG = BASE + "/CodeSystem/safety-flag";
    /** Pregnancy statuses. */
    public static final String PREGNANCY_STATUS = BASE + "/CodeSystem/pregnancy-status";
    /** Advance care plan documents (end-of-life register, ReSPECT, DNACPR, ...). */
    public static final String CARE_PLAN_DOCUMENT = BASE + "/CodeSystem/care-plan-document";
    /** A plan's CPR recommendation. */
    public static final String CPR_RECOMMENDATION = BASE + "/CodeSystem/cpr-recommendation";
    /** ACVPU levels of consciousness. */
    public static final String CONSCIOUSNESS = BASE + "/CodeSystem/consciousness";
    /** Observations without a LOINC code this adapter relies on: consciousness, oxygen, capillary refill. */
    public static final String OBSERVATION = BASE + "/CodeSystem/observation";
    /** Extension: true on a red-flag question item. */
    public static final String EXT_RED_FLAG = BASE + "/StructureDefinition/red-flag";
    /**
     * Extension: a complaint the question is asked under (repeated); it orders a form's questions, and an answer
     * counts whichever complaint it was given under.
     */
    public static final String EXT_ASKED_UNDER = BASE + "/StructureDefinition/asked-under";
    /** Extension: the ages an item is asked at, as sub-extensions {@code from} and {@code below} (ISO-8601). */
    public static final String EXT_AGES = BASE + "/StructureDefinition/ages";
    /** Extension: a sex (code) an item is asked of; repeated. */
    public static final String EXT_SEX = BASE + "/StructureDefinition/sex";
    /** Extension: the rule set's content hash (SHA-256). */
    public static final String EXT_CONTENT_HASH = BASE + "/StructureDefinition/rule-set-content-hash";

    /** HL7 v2 table 0532, expanded yes/no indicator: Y, N and UNK are the three answers. */
    public static final String YES_NO_UNKNOWN = "http://terminology.hl7.org/CodeSystem/v2-0532";
    /** LOINC. */
    public static final String LOINC = "http://loinc.org";
    /** UCUM units. */
    public static final String UCUM = "http://unitsofmeasure.org";

    /** NHS England's Ambulance Response Programme priority codes, as the BaRS guide uses them. */
    public static final String ARP_PRIORITY = "https://fhir.nhs.uk/CodeSystem/arp-priority-codes";

    private FhirCodes() {
    }

    /** A date-time in UTC, as every time this adapter writes. */
    static org.hl7.fhir.r4.model.DateTimeType dateTime(java.util.Date at) {
        org.hl7.fhir.r4.model.DateTimeType t = new org.hl7.fhir.r4.model.DateTimeType(at);
        t.setTimeZoneZulu(true);
        return t;
    }

    /** An instant in UTC. */
    static org.hl7.fhir.r4.model.InstantType instant(java.util.Date at) {
        org.hl7.fhir.r4.model.InstantType t = new org.hl7.fhir.r4.model.InstantType(at);
        t.setTimeZoneZulu(true);
        return t;
    }

    /** A concept with our own code first, then the vocabulary's standard codings. */
    static CodeableConcept concept(String system, String code, String display, List<Coding> codings) {
        CodeableConcept concept = new CodeableConcept().setText(display);
        concept.addCoding().setSystem(system).setCode(code).setDisplay(display);
        for (Coding coding : codings) {
            concept.addCoding().setSystem(coding.system()).setCode(coding.code()).setDisplay(coding.display());
        }
        return concept;
    }
}
