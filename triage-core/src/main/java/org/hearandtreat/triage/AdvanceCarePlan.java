package org.hearandtreat.triage;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An end-of-life register entry or advance care plan that the clinician can see for this patient, with its CPR
 * recommendation. Immutable and thread-safe; both components are required and {@code documents} must not be empty.
 *
 * @param documents         the plans and decisions on record
 * @param cprRecommendation what the plan says about cardiopulmonary resuscitation
 * @param limitsEscalation  true when the plan recommends limiting the escalation of treatment (for example a ReSPECT
 *                          plan that prioritises comfort): a no-CPR decision alone does not limit other treatment
 */
public record AdvanceCarePlan(Set<Document> documents, CprRecommendation cprRecommendation, boolean limitsEscalation) {

    /** A kind of plan or decision on record. */
    public enum Document {
        /** On a GP end-of-life (palliative care) register. */
        END_OF_LIFE_REGISTER,
        /** London's Universal Care Plan. */
        UNIVERSAL_CARE_PLAN,
        /** Recommended Summary Plan for Emergency Care and Treatment: a clinical recommendation, not legally binding. */
        RESPECT,
        /** A Do Not Attempt CPR decision. */
        DNACPR,
        /** An Advance Decision to Refuse Treatment: legally binding when valid and applicable. */
        ADRT
    }

    /** The plan's CPR recommendation. */
    public enum CprRecommendation {
        ATTEMPT_CPR,
        NO_CPR,
        NOT_STATED
    }

    public AdvanceCarePlan {
        InvalidFieldException.required("documents", documents, "a non-empty list of plan documents");
        if (documents.isEmpty()) {
            throw new InvalidFieldException("documents", "[]", "at least one plan document");
        }
        documents = Set.copyOf(documents);
        InvalidFieldException.required("cprRecommendation", cprRecommendation,
                "one of ATTEMPT_CPR, NO_CPR, NOT_STATED");
    }

    /** A plan that does not limit the escalation of treatment. */
    public AdvanceCarePlan(Set<Document> documents, CprRecommendation cprRecommendation) {
        this(documents, cprRecommendation, false);
    }

    /** How JSON is read: {@code limitsEscalation} defaults to false. */
    @JsonCreator
    private static AdvanceCarePlan fromJson(@JsonProperty("documents") Set<Document> documents,
                                            @JsonProperty("cprRecommendation") CprRecommendation cprRecommendation,
                                            @JsonProperty("limitsEscalation") @Nullable Boolean limitsEscalation) {
        return new AdvanceCarePlan(documents, cprRecommendation, Boolean.TRUE.equals(limitsEscalation));
    }

    /**
     * @return true when the plan records a recommendation not to attempt CPR, or holds a DNACPR decision with no CPR
     *         recommendation stated; a plan that says to attempt CPR wins over a contradicting document, because CPR
     *         withheld cannot be undone
     */
    public boolean noCpr() {
        return cprRecommendation == CprRecommendation.NO_CPR
                || cprRecommendation == CprRecommendation.NOT_STATED && documents.contains(Document.DNACPR);
    }
}
