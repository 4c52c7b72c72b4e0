package org.hearandtreat.triage.fhir;

import java.util.Date;
import java.util.List;
import org.hearandtreat.triage.AdviceGiven;
import org.hearandtreat.triage.Dispatch;
import org.hearandtreat.triage.Disposition;
import org.hearandtreat.triage.HearAndTreat;
import org.hearandtreat.triage.NextQuestion;
import org.hearandtreat.triage.Reason;
import org.hearandtreat.triage.SafetyFlag;
import org.hearandtreat.triage.ServiceKind;
import org.hearandtreat.triage.TriageResult;
import org.hearandtreat.triage.Vocabulary;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DataRequirement;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.GuidanceResponse;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/** Writes a {@link TriageResult} as the FHIR resources a decision-support result is exchanged in. */
final class ResultWriter {

    private ResultWriter() {
    }

    /** The rule set as a module URI: {@code urn:hearandtreat:ruleset:ID:VERSION}. */
    static String moduleUri(TriageResult result) {
        return "urn:hearandtreat:ruleset:" + result.ruleSet().id() + ":" + result.ruleSet().version();
    }

    /**
     * The result as a GuidanceResponse: the disposition and advice in contained output Parameters, the outcome as a
     * contained CarePlan, the rules that fired as reason codes (rule id, name, rationale and source), unanswered
     * questions as data requirements; {@code data-requested} while a red flag still blocks hear and treat.
     */
    static GuidanceResponse guidanceResponse(TriageResult result, Vocabulary vocabulary, Reference subject,
                                             Ids ids) {
        GuidanceResponse g = new GuidanceResponse();
        g.setId(ids.next());
        g.setModule(new org.hl7.fhir.r4.model.UriType(moduleUri(result)));
        g.addExtension(FhirCodes.EXT_CONTENT_HASH, new StringType(result.ruleSet().contentHash()));
        boolean waiting = result.nextQuestions().stream().anyMatch(NextQuestion::blocksHearAndTreat);
        g.setStatus(waiting ? GuidanceResponse.GuidanceResponseStatus.DATAREQUESTED
                : GuidanceResponse.GuidanceResponseStatus.SUCCESS);
        g.setSubject(subject);
        g.setOccurrenceDateTimeElement(FhirCodes.dateTime(Date.from(result.evaluatedAt())));
        for (Reason reason : result.reasons()) {
            g.addReasonCode(reasonCode(reason));
        }

        Parameters output = parameters(result);
        output.setId("output");
        g.addContained(output);
        g.setOutputParameters(new Reference("#output"));

        CarePlan plan = carePlan(result, vocabulary, subject);
        plan.setId("outcome");
        g.addContained(plan);
        g.setResult(new Reference("#outcome"));

        for (NextQuestion q : result.nextQuestions()) {
            DataRequirement need = g.addDataRequirement().setType("QuestionnaireResponse");
            need.addCodeFilter().setPath("item.linkId").addCode(new Coding(FhirCodes.QUESTION, q.code(), q.text()));
        }
        for (AdviceGiven a : result.careAdvice()) {
            g.addNote().setText("Care advice: " + a.text());
        }
        for (AdviceGiven a : result.worseningAdvice()) {
            g.addNote().setText("Worsening advice: " + a.text());
        }
        return g;
    }

    static CodeableConcept reasonCode(Reason reason) {
        CodeableConcept code = new CodeableConcept();
        code.addCoding().setSystem(FhirCodes.RULE).setCode(reason.ruleId()).setDisplay(reason.ruleName())
                .setVersion(reason.ruleVersion());
        code.setText(reason.role() + ": " + reason.ruleName() + ". " + reason.rationale() + " Source: "
                + reason.source());
        return code;
    }

    /** The disposition as a concept: our disposition code, then the ARP priority code where one applies. */
    static CodeableConcept disposition(Disposition d) {
        CodeableConcept concept = new CodeableConcept().setText(d.describe());
        concept.addCoding().setSystem(FhirCodes.DISPOSITION).setCode(d.code()).setDisplay(d.describe());
        if (d instanceof Dispatch dispatch) {
            concept.addCoding().setSystem(FhirCodes.ARP_PRIORITY).setCode(dispatch.category().name());
        } else {
            concept.addCoding().setSystem(FhirCodes.ARP_PRIORITY).setCode("C5").setDisplay("Non Ambulance");
        }
        return concept;
    }

    static CodeableConcept service(HearAndTreat referral) {
        return FhirCodes.concept(FhirCodes.SERVICE, referral.service(), referral.label(), referral.codings());
    }

    private static Parameters parameters(TriageResult result) {
        Parameters p = new Parameters();
        Disposition d = result.disposition();
        p.addParameter().setName("disposition").setValue(disposition(d).getCodingFirstRep().copy());
        if (d instanceof Dispatch dispatch) {
            p.addParameter().setName("arpCategory").setValue(new Coding(FhirCodes.ARP_PRIORITY,
                    dispatch.category().name(), null));
            if (dispatch.segment() != null) {
                p.addParameter("c2Segment", new CodeType(dispatch.segment().name()));
            }
        } else if (d instanceof HearAndTreat referral) {
            p.addParameter().setName("service").setValue(service(referral));
            p.addParameter("serviceKind", new CodeType(referral.kind().name()));
            if (referral.within() != null) {
                p.addParameter().setName("within").setValue(duration(referral.within()));
            }
        }
        for (SafetyFlag flag : result.flags()) {
            p.addParameter().setName("flag").setValue(new Coding(FhirCodes.SAFETY_FLAG, flag.name(),
                    flag.description()));
        }
        for (AdviceGiven a : result.careAdvice()) {
            p.addParameter().setName("careAdvice").setValue(FhirCodes.concept(FhirCodes.ADVICE, a.key(), a.text(),
                    a.codings()));
        }
        for (AdviceGiven a : result.worseningAdvice()) {
            p.addParameter().setName("worseningAdvice").setValue(FhirCodes.concept(FhirCodes.ADVICE, a.key(),
                    a.text(), a.codings()));
        }
        p.addParameter("ruleSet", new StringType(result.ruleSet().toString()));
        return p;
    }

    static org.hl7.fhir.r4.model.Duration duration(java.time.Duration within) {
        long minutes = within.toMinutes();
        org.hl7.fhir.r4.model.Duration d = new org.hl7.fhir.r4.model.Duration();
        d.setSystem(FhirCodes.UCUM);
        if (minutes % (60 * 24) == 0) {
            d.setValue(minutes / (60 * 24)).setUnit("d").setCode("d");
        } else if (minutes % 60 == 0) {
            d.setValue(minutes / 60).setUnit("h").setCode("h");
        } else {
            d.setValue(minutes).setUnit("min").setCode("min");
        }
        return d;
    }

    /**
     * The outcome as a CarePlan, after the BaRS pattern: each outcome code is its own
     * {@code activity.outcomeCodeableConcept}, with the explanation as text.
     */
    static CarePlan carePlan(TriageResult result, Vocabulary vocabulary, Reference subject) {
        CarePlan plan = new CarePlan();
        plan.setStatus(CarePlan.CarePlanStatus.COMPLETED);
        plan.setIntent(CarePlan.CarePlanIntent.PLAN);
        plan.setSubject(subject);
        plan.setCreatedElement(FhirCodes.dateTime(Date.from(result.evaluatedAt())));
        CarePlan.CarePlanActivityComponent activity = plan.addActivity();
        CodeableConcept outcome = disposition(result.disposition());
        for (Coding coding : outcome.getCoding()) {
            activity.addOutcomeCodeableConcept(new CodeableConcept(coding.copy()));
        }
        if (result.disposition() instanceof HearAndTreat referral) {
            activity.addOutcomeCodeableConcept(service(referral));
        }
        activity.addOutcomeCodeableConcept(new CodeableConcept().setText(summary(result)));
        return plan;
    }

    /** One paragraph a receiving clinician reads: the disposition, why, the flags and the advice given. */
    static String summary(TriageResult result) {
        StringBuilder s = new StringBuilder(result.disposition().describe()).append(". ");
        Reason deciding = result.decidingReason();
        s.append("Deciding rule ").append(deciding.ruleId()).append(": ").append(deciding.ruleName()).append(". ");
        for (SafetyFlag flag : result.flags()) {
            s.append(flag.description()).append(". ");
        }
        for (Reason withheld : result.reasons()) {
            if (withheld.role() == Reason.Role.WITHHELD && withheld.proposed() != null) {
                s.append("Held back until the red flags are answered: ").append(withheld.ruleName()).append(" (")
                        .append(withheld.proposed().code()).append("). ");
            }
        }
        List<AdviceGiven> advice = new java.util.ArrayList<>(result.careAdvice());
        advice.addAll(result.worseningAdvice());
        for (AdviceGiven a : advice) {
            s.append(a.text()).append(' ');
        }
        s.append("Rule set ").append(result.ruleSet()).append('.');
        return s.toString().strip();
    }

    static boolean referral(TriageResult result) {
        return result.disposition() instanceof HearAndTreat h && h.kind() != ServiceKind.SELF_CARE;
    }
}
