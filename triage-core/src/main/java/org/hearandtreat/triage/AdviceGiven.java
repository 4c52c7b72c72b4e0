package org.hearandtreat.triage;

/**
 * One piece of advice in a result: its key and the text from the rule set's vocabulary. Immutable and thread-safe;
 * both components are required.
 *
 * @param key  advice key
 * @param text advice text
 */
public record AdviceGiven(String key, String text) {
    public AdviceGiven {
        InvalidFieldException.required("key", key, "an advice key");
        InvalidFieldException.required("text", text, "advice text");
    }
}
