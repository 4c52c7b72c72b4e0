package org.hearandtreat.triage;

/** A safety-policy decision the engine took on its own, which the clinician should see. */
public enum SafetyFlag {
    /** No rule proposed a disposition: the engine defaulted to a clinical callback (never self-care). */
    DEFAULT_NO_RULE_FIRED("No protocol rule reached a disposition; defaulted to a clinical callback"),
    /** Hear and treat was proposed but red-flag questions for this complaint are still unanswered. */
    HEAR_AND_TREAT_WITHHELD_RED_FLAGS_UNANSWERED(
            "Hear and treat withheld: red-flag questions for this complaint are unanswered"),
    /** A red flag is present (YES or UNKNOWN) yet no dispatch rule fired, so hear and treat is not allowed. */
    HEAR_AND_TREAT_WITHHELD_RED_FLAG_PRESENT(
            "Hear and treat withheld: a red flag is present but no dispatch rule fired; review the call"),
    /**
     * A measured vital sign proves a finding that was answered NO, UNKNOWN or not asked; it was read as present.
     * {@link TriageResult#findingsFromVitals()} names each one.
     */
    /**
     * Next-question guidance failed (a rule failed on a what-if answer) and was left out; the disposition, computed
     * from the answers actually given, stands.
     */
    GUIDANCE_FAILED("Next-question guidance failed and was left out; the disposition stands: ask the remaining "
            + "red-flag questions by protocol"),
    /**
     * A safeguarding concern was raised (a question the vocabulary marks as safeguarding answered YES or UNKNOWN): the
     * clinician follows the service's safeguarding procedure, whatever the disposition.
     */
    SAFEGUARDING_CONCERN("Safeguarding concern raised: follow the safeguarding procedure (refer, record, and consider "
            + "whether it is safe to leave the person where they are)"),
    VITALS_CONTRADICT_ANSWERS("Vital signs prove a finding the answers did not give (answered NO, UNKNOWN or not "
            + "asked): it was read as present");

    private final String description;

    SafetyFlag(String description) {
        this.description = description;
    }

    /** @return a clinician-readable description */
    public String description() {
        return description;
    }
}
