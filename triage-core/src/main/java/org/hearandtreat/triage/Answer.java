package org.hearandtreat.triage;

/**
 * A caller's answer to one protocol question. A question that was not asked has no answer at all (it is absent from
 * {@link Assessment#answers()}), which is different from {@link #UNKNOWN}: the question was asked and nobody could say.
 *
 * <p>For a red-flag question the engine reads {@link #UNKNOWN} as present, never as absent.
 */
public enum Answer {
    /** The finding is present. */
    YES,
    /** The finding is absent. */
    NO,
    /** The question was asked but the caller could not say. */
    UNKNOWN
}
