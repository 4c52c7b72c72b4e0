package org.hearandtreat.triage;

/**
 * A finding that a measured vital sign proves whatever was answered. A vocabulary question lists the findings that
 * imply it ({@code "impliedBy": ["NO_RESPIRATION"]}); when one holds, the engine reads the question as present even
 * if it was answered NO, and flags the contradiction. Vitals never lower urgency.
 */
public enum VitalSignFinding {
    /** Consciousness measured as Unresponsive on ACVPU. */
    CONSCIOUSNESS_UNRESPONSIVE("consciousness UNRESPONSIVE"),
    /** A respiration rate of 0. */
    NO_RESPIRATION("respirationRate 0"),
    /** A pulse of 0. */
    NO_PULSE("pulse 0");

    private final String reading;

    VitalSignFinding(String reading) {
        this.reading = reading;
    }

    /** @return the reading that shows it, as the clinician sees it */
    public String reading() {
        return reading;
    }

    /**
     * @param vitals the vital signs
     * @return true when the vital signs show this finding
     */
    public boolean holds(Vitals vitals) {
        return switch (this) {
            case CONSCIOUSNESS_UNRESPONSIVE -> vitals.consciousness() == Consciousness.UNRESPONSIVE;
            case NO_RESPIRATION -> vitals.respirationRate() != null && vitals.respirationRate() == 0;
            case NO_PULSE -> vitals.pulse() != null && vitals.pulse() == 0;
        };
    }
}
