package org.hearandtreat.triage;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One piece of advice in a result: its key and the text from the rule set's vocabulary. Immutable and thread-safe;
 * both components are required.
 *
 * @param key  advice key
 * @param text advice text
 * @param codings the advice's standard codes from the vocabulary (SNOMED CT), or empty
 */
public record AdviceGiven(String key, String text, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Coding> codings) {
    public AdviceGiven {
        codings = Coding.listOf(codings);
        InvalidFieldException.required("key", key, "an advice key");
        InvalidFieldException.required("text", text, "advice text");
    }

    /** Advice without codings. */
    public AdviceGiven(String key, String text) {
        this(key, text, null);
    }
}
