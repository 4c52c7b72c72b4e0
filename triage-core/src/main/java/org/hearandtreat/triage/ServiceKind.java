package org.hearandtreat.triage;

/**
 * What kind of service a hear-and-treat referral goes to. Among referrals with the same time frame the engine
 * prefers the earlier kind here, then the service code, so that selection is deterministic.
 */
public enum ServiceKind {
    /** A clinician calls back to complete the assessment; it can still escalate to anything. */
    CLINICAL_CALLBACK,
    /** An emergency department, reached by the patient's own transport. */
    EMERGENCY_DEPARTMENT,
    /** Any other service the patient is referred to (UTC, GP, pharmacy, falls, mental health, ...). */
    REFERRAL,
    /** Self-care at home, always with worsening advice; no time frame. */
    SELF_CARE
}
