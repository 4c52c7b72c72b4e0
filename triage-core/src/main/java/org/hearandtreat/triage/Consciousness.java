package org.hearandtreat.triage;

/**
 * Level of consciousness on the ACVPU scale used by NEWS2 (Royal College of Physicians, 2017). Any level other than
 * {@link #ALERT} scores 3.
 */
public enum Consciousness {
    /** Alert. */
    ALERT,
    /** New confusion: new disorientation or delirium, or any fall in GCS. */
    NEW_CONFUSION,
    /** Responds to voice. */
    VOICE,
    /** Responds to pain. */
    PAIN,
    /** Unresponsive. */
    UNRESPONSIVE
}
