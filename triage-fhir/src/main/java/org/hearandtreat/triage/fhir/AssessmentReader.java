package org.hearandtreat.triage.fhir;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hearandtreat.triage.AdvanceCarePlan;
import org.hearandtreat.triage.Answer;
import org.hearandtreat.triage.Assessment;
import org.hearandtreat.triage.Consciousness;
import org.hearandtreat.triage.InvalidAssessmentException;
import org.hearandtreat.triage.InvalidAssessmentException.Violation;
import org.hearandtreat.triage.InvalidFieldException;
import org.hearandtreat.triage.Patient;
import org.hearandtreat.triage.Pregnancy;
import org.hearandtreat.triage.Sex;
import org.hearandtreat.triage.Vitals;
import org.hearandtreat.triage.Vocabulary;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;
import org.jspecify.annotations.Nullable;

/**
 * Reads a QuestionnaireResponse, its Patient and its vital-sign Observations into an {@link Assessment}, strictly:
 * every problem is collected as a violation naming the item's linkId or the element's FHIRPath, and nothing is
 * silently defaulted or dropped, except Observations marked entered-in-error or cancelled, which are not
 * measurements.
 */
final class AssessmentReader {

    private final Vocabulary vocabulary;
    private final String questionnaireUrl;
    private final List<Violation> violations = new ArrayList<>();
    private @Nullable Period age;
    private boolean ageFromBirthDate;

    private AssessmentReader(Vocabulary vocabulary, String questionnaireUrl) {
        this.vocabulary = vocabulary;
        this.questionnaireUrl = questionnaireUrl;
    }

    static Assessment read(Vocabulary vocabulary, String questionnaireUrl, Resource input) {
        return new AssessmentReader(vocabulary, questionnaireUrl).assessment(input);
    }

    /** The path of a resource in the input: by id where it has one, as the sender knows it, else by position. */
    private static String at(String indexed, @Nullable Resource r) {
        return r != null && r.getIdElement().hasIdPart() && !r.getIdElement().getIdPart().startsWith("urn:")
                ? indexed.replaceFirst("\\[\\d+]((\\.resource)?)$", "$1") + ".where(id='"
                + r.getIdElement().getIdPart() + "')" : indexed;
    }

    private Assessment assessment(Resource input) {
        QuestionnaireResponse response = null;
        org.hl7.fhir.r4.model.Patient patient = null;
        String patientPath = "Patient";
        String patientFullUrl = null;
        List<Map.Entry<String, Observation>> observations = new ArrayList<>();
        List<Map.Entry<String, Resource>> resources = new ArrayList<>();
        Map<Resource, String> fullUrls = new java.util.IdentityHashMap<>();
        if (input instanceof Bundle bundle) {
            for (int i = 0; i < bundle.getEntry().size(); i++) {
                Resource r = bundle.getEntry().get(i).getResource();
                resources.add(Map.entry(at("Bundle.entry[" + i + "].resource", r), r));
                if (r != null && bundle.getEntry().get(i).hasFullUrl()) {
                    fullUrls.put(r, bundle.getEntry().get(i).getFullUrl());
                }
            }
        } else if (input instanceof QuestionnaireResponse qr) {
            resources.add(Map.entry("QuestionnaireResponse", qr));
            for (int i = 0; i < qr.getContained().size(); i++) {
                resources.add(Map.entry(at("QuestionnaireResponse.contained[" + i + "]", qr.getContained().get(i)),
                        qr.getContained().get(i)));
            }
        } else {
            fail(input == null ? "resourceType" : input.fhirType(), input == null ? null : input.fhirType(),
                    "a QuestionnaireResponse, or a Bundle holding one with its Patient and Observations");
            throw new InvalidAssessmentException(violations);
        }
        if (input instanceof Bundle) {
            for (int i = 0, n = resources.size(); i < n; i++) {
                if (resources.get(i).getValue() instanceof QuestionnaireResponse qr) {
                    for (int c = 0; c < qr.getContained().size(); c++) {
                        resources.add(Map.entry(at(resources.get(i).getKey() + ".contained[" + c + "]",
                                qr.getContained().get(c)), qr.getContained().get(c)));
                    }
                }
            }
        }
        for (Map.Entry<String, Resource> entry : resources) {
            Resource r = entry.getValue();
            if (r instanceof QuestionnaireResponse qr) {
                if (response != null) {
                    fail(entry.getKey(), "QuestionnaireResponse", "one QuestionnaireResponse");
                }
                response = qr;
            } else if (r instanceof org.hl7.fhir.r4.model.Patient p) {
                if (patient != null) {
                    fail(entry.getKey(), "Patient", "one Patient");
                }
                patient = p;
                patientPath = entry.getKey();
                patientFullUrl = fullUrls.get(p);
            } else if (r instanceof Observation o) {
                observations.add(Map.entry(entry.getKey(), o));
            } else if (r != null) {
                fail(entry.getKey() + ".resourceType", r.fhirType(),
                        "QuestionnaireResponse, Patient or Observation");
            }
        }
        if (response == null) {
            fail("QuestionnaireResponse", null, "a QuestionnaireResponse with the answers");
            throw new InvalidAssessmentException(violations);
        }
        if (response.hasQuestionnaire()) {
            String canonical = response.getQuestionnaire();
            String url = canonical.contains("|") ? canonical.substring(0, canonical.indexOf('|')) : canonical;
            if (!url.equals(questionnaireUrl)) {
                fail("QuestionnaireResponse.questionnaire", canonical, "the rule set's Questionnaire, " + questionnaireUrl
                        + " (any version: every linkId is checked against this rule set)");
            }
        }
        if (patient != null && response.getSubject().hasReference()) {
            String reference = response.getSubject().getReference();
            String id = patient.getIdElement().getIdPart();
            String bare = reference.startsWith("#") ? reference.substring(1) : reference;
            boolean links = reference.equals(patientFullUrl) || id != null && (bare.equals(id)
                    || bare.equals("Patient/" + id) || ("#" + bare).equals(id) || reference.equals(id));
            if (!links) {
                fail("QuestionnaireResponse.subject", reference, "a reference to the Patient given with the response "
                        + "(its fullUrl, Patient/id, or #id when contained), or no subject");
            }
        }
        if (response.getStatus() == QuestionnaireResponse.QuestionnaireResponseStatus.ENTEREDINERROR
                || response.getStatus() == QuestionnaireResponse.QuestionnaireResponseStatus.STOPPED) {
            fail("QuestionnaireResponse.status", response.getStatus().toCode(),
                    "completed, amended or in-progress: a response entered in error or stopped is not a call to triage");
        }
        Instant evaluatedAt = null;
        java.time.LocalDate evaluatedOn = null;
        org.hl7.fhir.r4.model.DateTimeType authored = response.getAuthoredElement();
        if (authored == null || authored.getValue() == null) {
            fail("QuestionnaireResponse.authored", null, "the evaluation instant, with a time zone");
        } else if (authored.getTimeZone() == null || authored.getPrecision().ordinal()
                < ca.uhn.fhir.model.api.TemporalPrecisionEnum.MINUTE.ordinal()) {
            fail("QuestionnaireResponse.authored", authored.getValueAsString(),
                    "the evaluation instant to the minute or better, with a time zone");
        } else {
            evaluatedAt = authored.getValue().toInstant();
            evaluatedOn = java.time.LocalDate.of(authored.getYear(), authored.getMonth() + 1, authored.getDay());
        }
        Answers answers = answers(response);
        Patient.Builder builder = Patient.builder();
        if (patient == null) {
            fail("Patient", null, "a Patient resource (gender, and birthDate when known)");
        } else {
            patient(patient, patientPath, evaluatedOn, builder);
        }
        answers.history.forEach(builder::history);
        pregnancy(answers, builder);
        carePlan(answers, builder);
        Vitals vitals = vitals(observations);
        if (age != null) {
            Period stated = age;
            build("Observation(Age)", () -> builder.age(stated));
        }
        Patient built = build("Patient", () -> builder.build());
        if (!violations.isEmpty()) {
            throw new InvalidAssessmentException(violations);
        }
        Assessment.Builder assessment = Assessment.builder().patient(built).answers(answers.questions)
                .vitals(vitals).evaluatedAt(evaluatedAt);
        if (answers.complaint != null) {
            assessment.complaint(answers.complaint);
        }
        Assessment result = build("QuestionnaireResponse", assessment::build);
        if (!violations.isEmpty()) {
            throw new InvalidAssessmentException(violations);
        }
        return result;
    }

    private static final class Answers {
        @Nullable String complaint;
        final Map<String, Answer> questions = new LinkedHashMap<>();
        final Map<String, Answer> history = new LinkedHashMap<>();
        Pregnancy.@Nullable Status pregnancyStatus;
        @Nullable Integer gestationWeeks;
        @Nullable Integer weeksSinceBirth;
        final Set<AdvanceCarePlan.Document> documents = new java.util.LinkedHashSet<>();
        AdvanceCarePlan.@Nullable CprRecommendation cpr;
        @Nullable Boolean limitsEscalation;
        boolean carePlan;
    }

    private Answers answers(QuestionnaireResponse response) {
        Answers answers = new Answers();
        Set<String> seen = new HashSet<>();
        walk(response.getItem(), answers, seen);
        if (answers.complaint == null && seen.add(TriageQuestionnaire.COMPLAINT)) {
            fail(item(TriageQuestionnaire.COMPLAINT), null, "the presenting complaint");
        }
        return answers;
    }

    private void walk(List<QuestionnaireResponseItemComponent> items, Answers answers, Set<String> seen) {
        for (QuestionnaireResponseItemComponent item : items) {
            String linkId = item.getLinkId();
            String path = item(linkId);
            if (linkId == null || linkId.isBlank()) {
                fail("QuestionnaireResponse.item.linkId", null, "the linkId of a Questionnaire item");
                continue;
            }
            if (!seen.add(linkId)) {
                fail(path, linkId, "each item answered once");
                continue;
            }
            switch (linkId) {
                case TriageQuestionnaire.CARE_PLAN_DOCUMENTS -> {
                    answers.carePlan = true;
                    if (item.getAnswer().isEmpty()) {
                        fail(path + ".answer", null, "at least one plan document");
                    }
                    for (QuestionnaireResponseItemAnswerComponent a : item.getAnswer()) {
                        AdvanceCarePlan.Document d = code(path, a.getValue(), FhirCodes.CARE_PLAN_DOCUMENT,
                                AdvanceCarePlan.Document.class);
                        if (d != null) {
                            answers.documents.add(d);
                        }
                    }
                }
                case TriageQuestionnaire.CPR_RECOMMENDATION -> {
                    answers.carePlan = true;
                    Coding coding = single(item, path, Coding.class, "a Coding from " + FhirCodes.CPR_RECOMMENDATION);
                    answers.cpr = coding == null ? null : code(path, coding, FhirCodes.CPR_RECOMMENDATION,
                            AdvanceCarePlan.CprRecommendation.class);
                }
                case TriageQuestionnaire.LIMITS_ESCALATION -> {
                    answers.carePlan = true;
                    org.hl7.fhir.r4.model.BooleanType b = single(item, path, org.hl7.fhir.r4.model.BooleanType.class,
                            "a valueBoolean");
                    answers.limitsEscalation = b == null ? null : b.getValue();
                }
                case TriageQuestionnaire.HISTORY, TriageQuestionnaire.PREGNANCY, TriageQuestionnaire.QUESTIONS,
                     TriageQuestionnaire.CARE_PLAN -> {
                    if (!item.getAnswer().isEmpty()) {
                        fail(path + ".answer", null, "no answer on a group; answers go in its items");
                    }
                    walk(item.getItem(), answers, seen);
                }
                case TriageQuestionnaire.COMPLAINT -> {
                    Coding coding = single(item, path, Coding.class, "a Coding from " + FhirCodes.COMPLAINT);
                    if (coding != null) {
                        if (!FhirCodes.COMPLAINT.equals(coding.getSystem())
                                || vocabulary.complaint(coding.getCode()).isEmpty()) {
                            fail(path + ".answer.valueCoding", coding.getSystem() + "|" + coding.getCode(),
                                    "a complaint of " + FhirCodes.COMPLAINT + ": " + vocabulary.complaints().stream()
                                            .map(Vocabulary.Complaint::code).toList());
                        } else {
                            answers.complaint = coding.getCode();
                        }
                    }
                }
                case TriageQuestionnaire.PREGNANCY_STATUS -> {
                    Coding coding = single(item, path, Coding.class, "a Coding from " + FhirCodes.PREGNANCY_STATUS);
                    if (coding != null) {
                        try {
                            if (!FhirCodes.PREGNANCY_STATUS.equals(coding.getSystem())) {
                                throw new IllegalArgumentException();
                            }
                            answers.pregnancyStatus = Pregnancy.Status.valueOf(coding.getCode());
                        } catch (IllegalArgumentException | NullPointerException e) {
                            fail(path + ".answer.valueCoding", coding.getSystem() + "|" + coding.getCode(),
                                    "one of " + List.of(Pregnancy.Status.values()) + " from "
                                            + FhirCodes.PREGNANCY_STATUS);
                        }
                    }
                }
                case TriageQuestionnaire.GESTATION_WEEKS -> answers.gestationWeeks = integer(item, path);
                case TriageQuestionnaire.WEEKS_SINCE_BIRTH -> answers.weeksSinceBirth = integer(item, path);
                default -> {
                    boolean question = vocabulary.question(linkId).isPresent();
                    if (!question && vocabulary.riskFactor(linkId).isEmpty()) {
                        fail(path, linkId, "a linkId of the rule set's Questionnaire (question, risk factor, "
                                + "complaint or pregnancy item)");
                        continue;
                    }
                    if (!item.getItem().isEmpty()) {
                        fail(path + ".item", null, "no nested items under a question");
                    }
                    Answer answer = yesNoUnknown(item, path);
                    if (answer != null) {
                        (question ? answers.questions : answers.history).put(linkId, answer);
                    }
                }
            }
        }
    }

    private @Nullable Answer yesNoUnknown(QuestionnaireResponseItemComponent item, String path) {
        Coding coding = single(item, path, Coding.class, "a Coding Y, N or UNK from " + FhirCodes.YES_NO_UNKNOWN);
        if (coding == null) {
            return null;
        }
        if (FhirCodes.YES_NO_UNKNOWN.equals(coding.getSystem()) && coding.getCode() != null) {
            switch (coding.getCode()) {
                case "Y":
                    return Answer.YES;
                case "N":
                    return Answer.NO;
                case "UNK":
                    return Answer.UNKNOWN;
                default:
                    break;
            }
        }
        fail(path + ".answer.valueCoding", coding.getSystem() + "|" + coding.getCode(),
                "Y, N or UNK from " + FhirCodes.YES_NO_UNKNOWN);
        return null;
    }

    private <E extends Enum<E>> @Nullable E code(String path, @Nullable Type value, String system, Class<E> type) {
        if (value instanceof Coding c && system.equals(c.getSystem()) && c.getCode() != null) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(c.getCode())) {
                    return e;
                }
            }
        }
        fail(path + ".answer.valueCoding", value instanceof Coding c ? c.getSystem() + "|" + c.getCode()
                : value == null ? null : value.fhirType(), "one of " + List.of(type.getEnumConstants()) + " from "
                + system);
        return null;
    }

    private void carePlan(Answers answers, Patient.Builder builder) {
        if (!answers.carePlan) {
            return;
        }
        if (answers.cpr == null) {
            fail(item(TriageQuestionnaire.CPR_RECOMMENDATION), null, "the plan's CPR recommendation");
            return;
        }
        if (answers.documents.isEmpty()) {
            fail(item(TriageQuestionnaire.CARE_PLAN_DOCUMENTS), null, "at least one plan document");
            return;
        }
        if (answers.limitsEscalation == null) {
            fail(item(TriageQuestionnaire.LIMITS_ESCALATION), null,
                    "whether the plan limits the escalation of treatment (true or false)");
            return;
        }
        builder.advanceCarePlan(new AdvanceCarePlan(answers.documents, answers.cpr, answers.limitsEscalation));
    }

    private @Nullable Integer integer(QuestionnaireResponseItemComponent item, String path) {
        org.hl7.fhir.r4.model.IntegerType value = single(item, path, org.hl7.fhir.r4.model.IntegerType.class,
                "a valueInteger");
        return value == null ? null : value.getValue();
    }

    private <T extends Type> @Nullable T single(QuestionnaireResponseItemComponent item, String path, Class<T> type,
                                               String expected) {
        List<QuestionnaireResponseItemAnswerComponent> answers = item.getAnswer();
        if (answers.size() != 1) {
            fail(path + ".answer", answers.isEmpty() ? null : answers.size() + " answers", "exactly one answer: "
                    + expected);
            return null;
        }
        Type value = answers.get(0).getValue();
        if (!type.isInstance(value)) {
            fail(path + ".answer.value[x]", value == null ? null : value.fhirType(), expected);
            return null;
        }
        return type.cast(value);
    }

    private void pregnancy(Answers answers, Patient.Builder builder) {
        if (answers.pregnancyStatus == null) {
            if (answers.gestationWeeks != null || answers.weeksSinceBirth != null) {
                fail(item(TriageQuestionnaire.PREGNANCY_STATUS), null,
                        "a pregnancy status when weeks of pregnancy or since birth are given");
            }
            return;
        }
        try {
            builder.pregnancy(new Pregnancy(answers.pregnancyStatus, answers.gestationWeeks, answers.weeksSinceBirth));
        } catch (InvalidFieldException e) {
            String linkId = switch (e.field()) {
                case "gestationWeeks" -> TriageQuestionnaire.GESTATION_WEEKS;
                case "weeksSinceBirth" -> TriageQuestionnaire.WEEKS_SINCE_BIRTH;
                default -> TriageQuestionnaire.PREGNANCY_STATUS;
            };
            fail(item(linkId), e.value(), e.expected());
        }
    }

    /**
     * The age on the day of the call, in the call's own time zone: the calendar date of {@code authored} as written
     * (its offset), against a full {@code birthDate}. A partial date ("2025", "2025-06") is refused: read as the 1st
     * of January it would make a 7-week-old baby 7 months old and move it out of its age band.
     */
    private void patient(org.hl7.fhir.r4.model.Patient patient, String path, java.time.@Nullable LocalDate on,
                         Patient.Builder builder) {
        if (patient.getGender() == null) {
            fail(path + ".gender", null, "male, female, other or unknown");
        } else {
            builder.sex(switch (patient.getGender()) {
                case MALE -> Sex.MALE;
                case FEMALE -> Sex.FEMALE;
                case OTHER -> Sex.OTHER;
                default -> Sex.UNKNOWN;
            });
        }
        org.hl7.fhir.r4.model.DateType birth = patient.getBirthDateElement();
        if (birth == null || birth.getValue() == null) {
            return;
        }
        ageFromBirthDate = true;
        if (birth.getPrecision() != ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY) {
            fail(path + ".birthDate", birth.getValueAsString(), "a full date (YYYY-MM-DD); when only the age is "
                    + "known, an Age Observation (LOINC 30525-0)");
            return;
        }
        if (on == null) {
            return;
        }
        LocalDate born = LocalDate.of(birth.getYear(), birth.getMonth() + 1, birth.getDay());
        if (born.isAfter(on)) {
            fail(path + ".birthDate", born.toString(), "a date on or before QuestionnaireResponse.authored");
            return;
        }
        try {
            builder.age(Period.between(born, on));
        } catch (InvalidFieldException e) {
            fail(path + ".birthDate", born.toString(), e.expected());
        }
    }

    private Vitals vitals(List<Map.Entry<String, Observation>> observations) {
        Map<VitalSign, Object> values = new EnumMap<>(VitalSign.class);
        Map<VitalSign, String> paths = new EnumMap<>(VitalSign.class);
        for (Map.Entry<String, Observation> entry : observations) {
            String path = entry.getKey();
            Observation o = entry.getValue();
            if (o.getStatus() == Observation.ObservationStatus.ENTEREDINERROR
                    || o.getStatus() == Observation.ObservationStatus.CANCELLED) {
                continue;
            }
            if (o.getCode().getCoding().stream().anyMatch(c -> FhirCodes.LOINC.equals(c.getSystem())
                    && AssessmentWriter.AGE.equals(c.getCode()))) {
                age(path, o.getValue());
            } else if (isBloodPressurePanel(o)) {
                for (int i = 0; i < o.getComponent().size(); i++) {
                    Observation.ObservationComponentComponent c = o.getComponent().get(i);
                    observed(values, paths, path + ".component[" + i + "]", c.getCode().getCoding(), c.getValue(),
                            true);
                }
            } else {
                observed(values, paths, path, o.getCode().getCoding(), o.getValue(), false);
            }
        }
        Vitals.Builder builder = Vitals.builder();
        values.forEach((sign, value) -> set(builder, sign, value));
        try {
            return builder.build();
        } catch (InvalidFieldException e) {
            String path = paths.entrySet().stream().filter(p -> p.getKey().field.equals(e.field()))
                    .map(p -> p.getValue() + ".value[x]").findFirst().orElse("Observation");
            fail(path, e.value(), e.expected());
            return Vitals.NONE;
        }
    }

    private void age(String path, @Nullable Type value) {
        if (age != null || ageFromBirthDate) {
            fail(path, "Age", "the age once: Patient.birthDate or one Age Observation (LOINC 30525-0)");
            return;
        }
        if (value instanceof Quantity q && q.getValue() != null && FhirCodes.UCUM.equals(q.getSystem())
                && q.getCode() != null) {
            try {
                int n = q.getValue().intValueExact();
                age = switch (q.getCode()) {
                    case "a" -> Period.ofYears(n);
                    case "mo" -> Period.ofMonths(n).normalized();
                    case "wk" -> Period.ofWeeks(n);
                    case "d" -> Period.ofDays(n);
                    default -> null;
                };
            } catch (ArithmeticException e) {
                age = null;
            }
        }
        if (age == null) {
            fail(path + ".valueQuantity", value == null ? null : value.toString(),
                    "a whole number of UCUM a, mo, wk or d");
        }
    }

    private static boolean isBloodPressurePanel(Observation o) {
        return o.getCode().getCoding().stream().anyMatch(c -> FhirCodes.LOINC.equals(c.getSystem())
                && VitalSign.BLOOD_PRESSURE_PANEL.equals(c.getCode()));
    }

    private void observed(Map<VitalSign, Object> values, Map<VitalSign, String> paths, String path,
                          List<Coding> codes, @Nullable Type value, boolean component) {
        VitalSign sign = null;
        for (Coding c : codes) {
            sign = sign != null ? sign : VitalSign.of(c.getSystem(), c.getCode());
        }
        if (sign == null) {
            fail(path + ".code", codes.stream().map(c -> c.getSystem() + "|" + c.getCode()).toList().toString(),
                    "a vital sign: LOINC " + List.of("9279-1", "2708-6", "59408-5", "8480-6", "8462-4", "8867-4",
                            "8310-5", "15074-8", VitalSign.BLOOD_PRESSURE_PANEL) + " or " + FhirCodes.OBSERVATION
                            + " on-supplemental-oxygen, consciousness-acvpu, capillary-refill-time");
            return;
        }
        if (component && sign != VitalSign.SYSTOLIC_BP && sign != VitalSign.DIASTOLIC_BP) {
            fail(path + ".code", sign.codes.get(0), "a systolic or diastolic component of the blood pressure panel");
            return;
        }
        Object parsed = value(path, sign, value);
        if (parsed != null && values.put(sign, parsed) != null) {
            fail(path, sign.display, "one Observation per vital sign (the latest reading)");
        }
        paths.putIfAbsent(sign, path);
    }

    private @Nullable Object value(String path, VitalSign sign, @Nullable Type value) {
        if (sign == VitalSign.ON_OXYGEN) {
            if (value instanceof org.hl7.fhir.r4.model.BooleanType b && b.getValue() != null) {
                return b.getValue();
            }
            fail(path + ".value[x]", value == null ? null : value.fhirType(), "a valueBoolean");
            return null;
        }
        if (sign == VitalSign.CONSCIOUSNESS) {
            if (value instanceof org.hl7.fhir.r4.model.CodeableConcept concept) {
                for (Coding c : concept.getCoding()) {
                    if (FhirCodes.CONSCIOUSNESS.equals(c.getSystem())) {
                        try {
                            return Consciousness.valueOf(c.getCode());
                        } catch (IllegalArgumentException | NullPointerException e) {
                            break;
                        }
                    }
                }
            }
            fail(path + ".valueCodeableConcept", value == null ? null : value.fhirType(), "a valueCodeableConcept "
                    + "holding a Coding of " + FhirCodes.CONSCIOUSNESS + ": one of " + List.of(Consciousness.values()));
            return null;
        }
        if (!(value instanceof Quantity quantity) || quantity.getValue() == null) {
            fail(path + ".valueQuantity", value == null ? null : value.fhirType(), "a valueQuantity in " + sign.unit);
            return null;
        }
        if (!FhirCodes.UCUM.equals(quantity.getSystem()) || !sign.unit.equals(quantity.getCode())) {
            fail(path + ".valueQuantity.code", quantity.hasSystem() || quantity.hasCode()
                            ? quantity.getSystem() + "|" + quantity.getCode() : "no unit",
                    "UCUM unit " + sign.unit + " (" + FhirCodes.UCUM + ")");
            return null;
        }
        if (sign.wholeNumber) {
            try {
                return quantity.getValue().intValueExact();
            } catch (ArithmeticException e) {
                fail(path + ".valueQuantity.value", quantity.getValue().toPlainString(), "a whole number of "
                        + sign.unit + (sign == VitalSign.SPO2 ? " (96, not 0.96)" : ""));
                return null;
            }
        }
        return quantity.getValue().doubleValue();
    }

    private static void set(Vitals.Builder b, VitalSign sign, Object v) {
        switch (sign) {
            case RESPIRATION_RATE -> b.respirationRate((Integer) v);
            case SPO2 -> b.spo2((Integer) v);
            case ON_OXYGEN -> b.onOxygen((Boolean) v);
            case SYSTOLIC_BP -> b.systolicBp((Integer) v);
            case DIASTOLIC_BP -> b.diastolicBp((Integer) v);
            case PULSE -> b.pulse((Integer) v);
            case CONSCIOUSNESS -> b.consciousness((Consciousness) v);
            case TEMPERATURE -> b.temperatureCelsius((Double) v);
            case BLOOD_GLUCOSE -> b.bloodGlucoseMmolL((Double) v);
            case CAPILLARY_REFILL -> b.capillaryRefillSeconds((Double) v);
        }
    }

    private <T> @Nullable T build(String path, java.util.function.Supplier<T> supplier) {
        try {
            return supplier.get();
        } catch (InvalidFieldException e) {
            fail(path + "(" + e.field() + ")", e.value(), e.expected());
            return null;
        }
    }

    static String item(String linkId) {
        return "QuestionnaireResponse.item.where(linkId='" + linkId + "')";
    }

    private void fail(String path, @Nullable String value, String expected) {
        violations.add(new Violation(path, value, expected));
    }
}
