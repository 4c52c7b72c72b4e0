package org.hearandtreat.triage;

/** The patient's sex as reported by the caller. */
public enum Sex {
    FEMALE,
    MALE,
    OTHER,
    UNKNOWN
}
