package org.hearandtreat.triage.fhir;

import java.math.BigDecimal;
import java.time.Period;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.hearandtreat.triage.AdvanceCarePlan;
import org.hearandtreat.triage.Answer;
import org.hearandtreat.triage.Assessment;
import org.hearandtreat.triage.Pregnancy;
import org.hearandtreat.triage.RuleSetInfo;
import org.hearandtreat.triage.Vitals;
import org.hearandtreat.triage.Vocabulary;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;

/**
 * Writes an {@link Assessment} as FHIR: a QuestionnaireResponse to the rule set's Questionnaire, the Patient, and one
 * Observation per measured vital sign, the patient's age included as LOINC 30525-0 because the assessment holds an
 * age, never a date of birth to invent.
 */
final class AssessmentWriter {

    /** LOINC "Age". */
    static final String AGE = "30525-0";

    /** The resources, each with the full URL that references inside the set use. */
    record Written(QuestionnaireResponse response, Patient patient, List<Observation> observations) {
        List<Resource> all() {
            List<Resource> all = new ArrayList<>();
            all.add(response);
            all.add(patient);
            all.addAll(observations);
            return all;
        }
    }

    private AssessmentWriter() {
    }

    static Written write(Assessment assessment, RuleSetInfo info, Vocabulary vocabulary, Ids ids) {
        Patient patient = new Patient();
        patient.setId(ids.next());
        patient.setGender(switch (assessment.patient().sex()) {
            case MALE -> AdministrativeGender.MALE;
            case FEMALE -> AdministrativeGender.FEMALE;
            case OTHER -> AdministrativeGender.OTHER;
            case UNKNOWN -> AdministrativeGender.UNKNOWN;
        });
        Reference subject = Ids.reference(patient);
        Date at = Date.from(assessment.evaluatedAt());

        QuestionnaireResponse qr = new QuestionnaireResponse();
        qr.setId(ids.next());
        qr.setQuestionnaire(TriageQuestionnaire.url(info) + "|" + info.version());
        qr.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        qr.setSubject(subject);
        qr.setAuthoredElement(FhirCodes.dateTime(at));
        String complaint = assessment.complaint();
        qr.addItem().setLinkId(TriageQuestionnaire.COMPLAINT).addAnswer().setValue(new Coding(FhirCodes.COMPLAINT,
                complaint, vocabulary.complaint(complaint).map(Vocabulary.Complaint::text).orElse(complaint)));
        if (!assessment.patient().history().isEmpty()) {
            QuestionnaireResponseItemComponent history = qr.addItem().setLinkId(TriageQuestionnaire.HISTORY);
            answers(history, assessment.patient().history(),
                    vocabulary.riskFactors().stream().map(Vocabulary.RiskFactor::code).toList());
        }
        AdvanceCarePlan plan = assessment.patient().advanceCarePlan();
        if (plan != null) {
            QuestionnaireResponseItemComponent group = qr.addItem().setLinkId(TriageQuestionnaire.CARE_PLAN);
            QuestionnaireResponseItemComponent documents = group.addItem()
                    .setLinkId(TriageQuestionnaire.CARE_PLAN_DOCUMENTS);
            plan.documents().stream().sorted().forEach(d -> documents.addAnswer()
                    .setValue(new Coding(FhirCodes.CARE_PLAN_DOCUMENT, d.name(), d.name())));
            group.addItem().setLinkId(TriageQuestionnaire.CPR_RECOMMENDATION).addAnswer().setValue(new Coding(
                    FhirCodes.CPR_RECOMMENDATION, plan.cprRecommendation().name(), plan.cprRecommendation().name()));
            group.addItem().setLinkId(TriageQuestionnaire.LIMITS_ESCALATION).addAnswer()
                    .setValue(new BooleanType(plan.limitsEscalation()));
        }
        Pregnancy pregnancy = assessment.patient().pregnancy();
        if (pregnancy.status() != Pregnancy.Status.UNKNOWN || pregnancy.gestationWeeks() != null) {
            QuestionnaireResponseItemComponent group = qr.addItem().setLinkId(TriageQuestionnaire.PREGNANCY);
            group.addItem().setLinkId(TriageQuestionnaire.PREGNANCY_STATUS).addAnswer().setValue(new Coding(
                    FhirCodes.PREGNANCY_STATUS, pregnancy.status().name(), pregnancy.status().name()));
            if (pregnancy.gestationWeeks() != null) {
                group.addItem().setLinkId(TriageQuestionnaire.GESTATION_WEEKS).addAnswer()
                        .setValue(new IntegerType(pregnancy.gestationWeeks()));
            }
            if (pregnancy.weeksSinceBirth() != null) {
                group.addItem().setLinkId(TriageQuestionnaire.WEEKS_SINCE_BIRTH).addAnswer()
                        .setValue(new IntegerType(pregnancy.weeksSinceBirth()));
            }
        }
        if (!assessment.answers().isEmpty()) {
            answers(qr.addItem().setLinkId(TriageQuestionnaire.QUESTIONS), assessment.answers(),
                    vocabulary.questions().stream().map(Vocabulary.Question::code).toList());
        }

        List<Observation> observations = new ArrayList<>();
        Period age = assessment.patient().age();
        if (age != null) {
            Observation o = observation(ids, subject, at, FhirCodes.LOINC, AGE, "Age", false);
            o.setValue(age(age, assessment.evaluatedAt()));
            observations.add(o);
        }
        Vitals v = assessment.vitals();
        for (VitalSign sign : VitalSign.values()) {
            Object value = value(v, sign);
            if (value == null) {
                continue;
            }
            Observation o = observation(ids, subject, at, sign.system, sign.codes.get(0), sign.display,
                    sign.vitalSignsCategory());
            for (String alternative : sign.codes.subList(1, sign.codes.size())) {
                o.getCode().addCoding().setSystem(sign.system).setCode(alternative);
            }
            if (value instanceof Boolean b) {
                o.setValue(new BooleanType(b));
            } else if (value instanceof org.hearandtreat.triage.Consciousness c) {
                o.setValue(new CodeableConcept().addCoding(new Coding(FhirCodes.CONSCIOUSNESS, c.name(), c.name())));
            } else {
                o.setValue(new Quantity().setValue(new BigDecimal(value.toString())).setUnit(sign.unit)
                        .setSystem(FhirCodes.UCUM).setCode(sign.unit));
            }
            observations.add(o);
        }
        return new Written(qr, patient, observations);
    }

    private static Observation observation(Ids ids, Reference subject, Date at, String system, String code,
                                           String display, boolean vitalSigns) {
        Observation o = new Observation();
        o.setId(ids.next());
        o.setStatus(Observation.ObservationStatus.FINAL);
        if (vitalSigns) {
            o.addCategory().addCoding().setSystem("http://terminology.hl7.org/CodeSystem/observation-category")
                    .setCode("vital-signs").setDisplay("Vital Signs");
        }
        o.setCode(new CodeableConcept().addCoding(new Coding(system, code, display)).setText(display));
        o.setSubject(subject);
        o.setEffective(FhirCodes.dateTime(at));
        return o;
    }

    /** The age in one UCUM unit: years, months or days; an age in months and days is given in days. */
    static Quantity age(Period age, java.time.Instant at) {
        Period p = age.normalized();
        String unit;
        long value;
        if (p.getDays() == 0 && p.getMonths() == 0) {
            unit = "a";
            value = p.getYears();
        } else if (p.getDays() == 0) {
            unit = "mo";
            value = p.toTotalMonths();
        } else if (p.toTotalMonths() == 0) {
            unit = "d";
            value = p.getDays();
        } else {
            java.time.LocalDate on = at.atZone(java.time.ZoneOffset.UTC).toLocalDate();
            unit = "d";
            value = java.time.temporal.ChronoUnit.DAYS.between(on.minus(p), on);
        }
        return new Quantity().setValue(value).setUnit(unit).setSystem(FhirCodes.UCUM).setCode(unit);
    }

    private static @Nullable Object value(Vitals v, VitalSign sign) {
        return switch (sign) {
            case RESPIRATION_RATE -> v.respirationRate();
            case SPO2 -> v.spo2();
            case ON_OXYGEN -> v.onOxygen();
            case SYSTOLIC_BP -> v.systolicBp();
            case DIASTOLIC_BP -> v.diastolicBp();
            case PULSE -> v.pulse();
            case CONSCIOUSNESS -> v.consciousness();
            case TEMPERATURE -> v.temperatureCelsius();
            case BLOOD_GLUCOSE -> v.bloodGlucoseMmolL();
            case CAPILLARY_REFILL -> v.capillaryRefillSeconds();
        };
    }

    /** Answers in the Questionnaire's order, as FHIR requires of a QuestionnaireResponse's items. */
    private static void answers(QuestionnaireResponseItemComponent group, Map<String, Answer> answers,
                                List<String> order) {
        Map<String, Answer> ordered = new java.util.TreeMap<>(java.util.Comparator.comparingInt(order::indexOf));
        ordered.putAll(answers);
        ordered.forEach((code, answer) -> group.addItem().setLinkId(code).addAnswer().setValue(switch (answer) {
            case YES -> TriageQuestionnaire.ANSWERS.get(0).copy();
            case NO -> TriageQuestionnaire.ANSWERS.get(1).copy();
            case UNKNOWN -> TriageQuestionnaire.ANSWERS.get(2).copy();
        }));
    }
}
