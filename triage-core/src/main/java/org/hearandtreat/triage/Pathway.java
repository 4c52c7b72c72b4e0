package org.hearandtreat.triage;

import java.time.Duration;

/**
 * Hear-and-treat referral pathways: where the caller is sent instead of an ambulance. Among referrals the engine
 * prefers the one that needs care soonest; on an equal time frame it prefers the earlier constant here: a clinical
 * callback, then the others from the most to the least clinically intensive.
 */
public enum Pathway {
    /**
     * A clinician calls back to complete the assessment: the engine's safe default. First on an equal time frame,
     * because the callback can still escalate to anything, so no withheld referral is ever more urgent than it.
     */
    CLINICAL_CALLBACK("Clinical callback", null),
    /** Emergency department, by own transport, within a time frame. */
    EMERGENCY_DEPARTMENT("Emergency department by own transport", null),
    /** Mental-health joint response car (mental-health clinician with a paramedic). */
    MENTAL_HEALTH_JOINT_RESPONSE_CAR("Mental-health joint response car", null),
    /** Maternity triage line of the booked unit. */
    MATERNITY_TRIAGE("Maternity triage", null),
    /** Palliative care / end-of-life service. */
    PALLIATIVE_CARE("Palliative care / end-of-life service", null),
    /** Community falls response or lifting service. */
    FALLS_RESPONSE("Falls response / lifting service", null),
    /** Urgent community response: community health team at home within 2 hours. */
    URGENT_COMMUNITY_RESPONSE("Urgent community response (2-hour)", Duration.ofHours(2)),
    /** NHS 111 option 2 mental-health crisis line. */
    MENTAL_HEALTH_CRISIS_LINE("Mental-health crisis line (NHS 111 option 2)", null),
    /** Urgent treatment centre. */
    URGENT_TREATMENT_CENTRE("Urgent treatment centre", null),
    /** General practice (own GP or out of hours). */
    GP("GP", null),
    /** Community pharmacy (Pharmacy First). */
    PHARMACY("Pharmacy", null),
    /** Self-care at home, always with worsening advice. */
    SELF_CARE("Self-care", null);

    private final String label;
    private final Duration fixedTimeframe;

    Pathway(String label, Duration fixedTimeframe) {
        this.label = label;
        this.fixedTimeframe = fixedTimeframe;
    }

    /** @return a clinician-readable label */
    public String label() {
        return label;
    }

    /** @return the time frame that defines this service, or null when each referral states its own */
    public Duration fixedTimeframe() {
        return fixedTimeframe;
    }

    /** @return true when a referral to this pathway carries a time frame (all but self-care) */
    public boolean hasTimeframe() {
        return this != SELF_CARE;
    }
}
