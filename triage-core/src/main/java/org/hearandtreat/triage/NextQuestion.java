package org.hearandtreat.triage;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

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
 * @param codings            the question's standard codes from the vocabulary (SNOMED CT), or empty
 */
public record NextQuestion(String code, String text, boolean redFlag, boolean blocksHearAndTreat,
                           Disposition ifYes, Disposition ifNo, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Coding> codings) {
    public NextQuestion {
        codings = Coding.listOf(codings);
        InvalidFieldException.required("code", code, "a question code");
        InvalidFieldException.required("text", text, "question text");
        InvalidFieldException.required("ifYes", ifYes, "a disposition");
        InvalidFieldException.required("ifNo", ifNo, "a disposition");
    }

    /** A next question without codings. */
    public NextQuestion(String code, String text, boolean redFlag, boolean blocksHearAndTreat, Disposition ifYes,
                        Disposition ifNo) {
        this(code, text, redFlag, blocksHearAndTreat, ifYes, ifNo, null);
    }
}
