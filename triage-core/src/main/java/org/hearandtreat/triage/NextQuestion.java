package org.hearandtreat.triage;

/**
 * An unanswered question that could still change the disposition, with what the disposition would become on each
 * answer. Immutable and thread-safe. {@code code} and {@code text} are required; {@code ifYes} and {@code ifNo} are
 * the dispositions the engine reaches with that one answer added.
 *
 * @param code               question code
 * @param text               the question as a clinician asks it
 * @param redFlag            true for a red-flag question
 * @param blocksHearAndTreat true when, unanswered, it keeps the outcome from being hear and treat
 * @param ifYes              disposition if answered YES (or UNKNOWN, for a red flag)
 * @param ifNo               disposition if answered NO
 */
public record NextQuestion(String code, String text, boolean redFlag, boolean blocksHearAndTreat,
                           Disposition ifYes, Disposition ifNo) {
    public NextQuestion {
        InvalidFieldException.required("code", code, "a question code");
        InvalidFieldException.required("text", text, "question text");
        InvalidFieldException.required("ifYes", ifYes, "a disposition");
        InvalidFieldException.required("ifNo", ifNo, "a disposition");
    }
}
