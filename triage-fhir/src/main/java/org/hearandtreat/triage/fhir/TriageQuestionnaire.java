package org.hearandtreat.triage.fhir;

import java.time.Period;
import java.util.List;
import org.hearandtreat.triage.AdvanceCarePlan;
import org.hearandtreat.triage.AgeBand;
import org.hearandtreat.triage.Pregnancy;
import org.hearandtreat.triage.RuleSetInfo;
import org.hearandtreat.triage.Sex;
import org.hearandtreat.triage.Vocabulary;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.StringType;
import org.jspecify.annotations.Nullable;

/** Generates the FHIR Questionnaire of a rule set from its vocabulary: never written by hand. */
final class TriageQuestionnaire {

    static final String COMPLAINT = "complaint";
    static final String HISTORY = "history";
    static final String PREGNANCY = "pregnancy";
    static final String PREGNANCY_STATUS = "pregnancy-status";
    static final String GESTATION_WEEKS = "gestation-weeks";
    static final String WEEKS_SINCE_BIRTH = "weeks-since-birth";
    static final String QUESTIONS = "questions";
    static final String CARE_PLAN = "advance-care-plan";
    static final String CARE_PLAN_DOCUMENTS = "care-plan-documents";
    static final String CPR_RECOMMENDATION = "cpr-recommendation";
    static final String LIMITS_ESCALATION = "limits-escalation";

    /** The three answers, from HL7 v2 table 0532. */
    static final List<Coding> ANSWERS = List.of(
            new Coding(FhirCodes.YES_NO_UNKNOWN, "Y", "Yes"),
            new Coding(FhirCodes.YES_NO_UNKNOWN, "N", "No"),
            new Coding(FhirCodes.YES_NO_UNKNOWN, "UNK", "Unknown"));

    private TriageQuestionnaire() {
    }

    static String url(RuleSetInfo info) {
        return FhirCodes.BASE + "/Questionnaire/" + info.id();
    }

    static Questionnaire build(RuleSetInfo info, Vocabulary vocabulary) {
        Questionnaire q = new Questionnaire();
        q.setId(info.id());
        q.setUrl(url(info));
        q.setVersion(info.version());
        q.setName("TriageAssessment");
        q.setTitle("Hear-and-treat remote assessment (" + info.id() + " " + info.version() + ")");
        q.setStatus(PublicationStatus.ACTIVE);
        q.addSubjectType("Patient");
        q.setDescription("Generated from the vocabulary of rule set " + info + ". Answer each question Y, N or UNK "
                + "(HL7 v2-0532); the patient's age and sex come from the Patient resource, vital signs from "
                + "Observations.");
        q.addExtension(FhirCodes.EXT_CONTENT_HASH, new StringType(info.contentHash()));

        QuestionnaireItemComponent complaint = q.addItem().setLinkId(COMPLAINT).setText("Presenting complaint")
                .setType(QuestionnaireItemType.CHOICE).setRequired(true);
        for (Vocabulary.Complaint c : vocabulary.complaints()) {
            complaint.addAnswerOption().setValue(new Coding(FhirCodes.COMPLAINT, c.code(), c.text()));
        }

        QuestionnaireItemComponent history = q.addItem().setLinkId(HISTORY).setText("Patient history")
                .setType(QuestionnaireItemType.GROUP);
        for (Vocabulary.RiskFactor r : vocabulary.riskFactors()) {
            QuestionnaireItemComponent item = yesNoUnknown(history.addItem(), r.code(), r.text());
            r.codings().forEach(c -> item.addCode(coding(c)));
            restrict(item, r.ages(), r.sexes());
        }

        QuestionnaireItemComponent plan = q.addItem().setLinkId(CARE_PLAN)
                .setText("End-of-life register entry or advance care plan on record").setType(QuestionnaireItemType.GROUP);
        QuestionnaireItemComponent documents = plan.addItem().setLinkId(CARE_PLAN_DOCUMENTS)
                .setText("Plans and decisions on record").setType(QuestionnaireItemType.CHOICE).setRepeats(true);
        for (AdvanceCarePlan.Document d : AdvanceCarePlan.Document.values()) {
            documents.addAnswerOption().setValue(new Coding(FhirCodes.CARE_PLAN_DOCUMENT, d.name(), d.name()));
        }
        QuestionnaireItemComponent cpr = plan.addItem().setLinkId(CPR_RECOMMENDATION)
                .setText("The plan's CPR recommendation").setType(QuestionnaireItemType.CHOICE);
        for (AdvanceCarePlan.CprRecommendation r : AdvanceCarePlan.CprRecommendation.values()) {
            cpr.addAnswerOption().setValue(new Coding(FhirCodes.CPR_RECOMMENDATION, r.name(), r.name()));
        }
        plan.addItem().setLinkId(LIMITS_ESCALATION).setText("Does the plan limit the escalation of treatment?")
                .setType(QuestionnaireItemType.BOOLEAN);

        QuestionnaireItemComponent pregnancy = q.addItem().setLinkId(PREGNANCY).setText("Pregnancy")
                .setType(QuestionnaireItemType.GROUP);
        QuestionnaireItemComponent status = pregnancy.addItem().setLinkId(PREGNANCY_STATUS)
                .setText("Pregnancy status").setType(QuestionnaireItemType.CHOICE);
        for (Pregnancy.Status s : Pregnancy.Status.values()) {
            status.addAnswerOption().setValue(new Coding(FhirCodes.PREGNANCY_STATUS, s.name(), s.name()));
        }
        pregnancy.addItem().setLinkId(GESTATION_WEEKS).setText("Completed weeks of pregnancy")
                .setType(QuestionnaireItemType.INTEGER);
        pregnancy.addItem().setLinkId(WEEKS_SINCE_BIRTH).setText("Completed weeks since giving birth")
                .setType(QuestionnaireItemType.INTEGER);

        QuestionnaireItemComponent questions = q.addItem().setLinkId(QUESTIONS).setText("Protocol questions")
                .setType(QuestionnaireItemType.GROUP);
        for (Vocabulary.Question question : vocabulary.questions()) {
            QuestionnaireItemComponent item = yesNoUnknown(questions.addItem(), question.code(), question.text());
            question.codings().forEach(c -> item.addCode(coding(c)));
            if (question.redFlag()) {
                item.addExtension(FhirCodes.EXT_RED_FLAG, new BooleanType(true));
            }
            restrict(item, question.ages(), question.sexes());
            if (!question.universal()) {
                // Our own extension, not enableWhen: in FHIR enableWhen decides whether an item may be answered at
                // all, and a form filler would drop a red-flag answer given under another complaint, which the
                // engine counts (a finding means the same whichever complaint the call was opened under).
                for (String target : question.appliesTo()) {
                    item.addExtension(FhirCodes.EXT_ASKED_UNDER, new Coding(FhirCodes.COMPLAINT, target,
                            vocabulary.complaint(target).map(Vocabulary.Complaint::text).orElse(target)));
                }
            }
        }
        return q;
    }

    private static QuestionnaireItemComponent yesNoUnknown(QuestionnaireItemComponent item, String code, String text) {
        item.setLinkId(code).setText(text).setType(QuestionnaireItemType.CHOICE);
        ANSWERS.forEach(a -> item.addAnswerOption().setValue(a.copy()));
        return item;
    }

    private static void restrict(QuestionnaireItemComponent item, @Nullable AgeBand ages, List<Sex> sexes) {
        if (ages != null) {
            Extension band = item.addExtension().setUrl(FhirCodes.EXT_AGES);
            period(band, "from", ages.from());
            period(band, "below", ages.below());
        }
        for (Sex sex : sexes) {
            item.addExtension(FhirCodes.EXT_SEX, new CodeType(sex.name().toLowerCase(java.util.Locale.ROOT)));
        }
    }

    private static void period(Extension band, String url, @Nullable Period value) {
        if (value != null) {
            band.addExtension(url, new StringType(value.toString()));
        }
    }

    static Coding coding(org.hearandtreat.triage.Coding c) {
        return new Coding(c.system(), c.code(), c.display());
    }
}
