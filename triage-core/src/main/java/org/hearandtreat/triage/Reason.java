package org.hearandtreat.triage;

import org.jspecify.annotations.Nullable;

/**
 * Why a triage came out as it did: one fired rule (or one engine safety-policy decision) with its metadata, what it
 * proposed and what became of the proposal. Immutable and thread-safe. {@code proposed} is null for a rule that
 * fired without proposing a disposition; every other component is required.
 *
 * @param ruleId      the rule's {@code @id} (engine decisions start with {@code ENGINE-})
 * @param ruleName    the rule's name, a clinical statement
 * @param rationale   one clinician-readable sentence
 * @param source      the guideline or page the rule rests on
 * @param ruleVersion the rule's {@code @version}
 * @param proposed    the disposition it proposed, or null
 * @param role        what became of it
 */
public record Reason(String ruleId, String ruleName, String rationale, String source, String ruleVersion,
                     @Nullable Disposition proposed, Role role) {

    /** What became of a fired rule's proposal. */
    public enum Role {
        /** Its disposition was chosen (the first such reason is the deciding one). */
        SELECTED,
        /** It proposed the same disposition as the selected one. */
        CONCURRING,
        /** A more urgent disposition won. */
        OUTRANKED,
        /** A hear-and-treat proposal the safety policy withheld (red flag unanswered or present). */
        WITHHELD,
        /** It fired without proposing a disposition. */
        NOTED
    }

    public Reason {
        InvalidFieldException.required("ruleId", ruleId, "a rule id");
        InvalidFieldException.required("ruleName", ruleName, "a rule name");
        InvalidFieldException.required("rationale", rationale, "a rationale");
        InvalidFieldException.required("source", source, "a source");
        InvalidFieldException.required("ruleVersion", ruleVersion, "a rule version");
        InvalidFieldException.required("role", role, "a role");
    }
}
