package org.hearandtreat.triage;

/**
 * History flags that change remote assessment. Immutable and thread-safe. {@code anticoagulatedOrBleedingDisorder}
 * is required (use {@link Answer#UNKNOWN} when nobody knows: rules read UNKNOWN as present); {@code advanceCarePlan}
 * is null when no plan is known.
 *
 * <p>Each default in {@link #NONE_KNOWN} is the safer reading: anticoagulation unknown (counts as present), no COPD
 * oxygen target (SpO2 scale 1 scores low saturation higher), no crisis plan, no advance care plan (resuscitate).
 *
 * @param anticoagulatedOrBleedingDisorder takes an anticoagulant or has a bleeding disorder
 * @param copdWithSpo2Target88To92         has a clinician-prescribed SpO2 target of 88–92 % (NEWS2 scale 2)
 * @param mentalHealthCrisisPlan           has a known mental-health crisis plan
 * @param advanceCarePlan                  end-of-life register entry or advance care plan, or null
 */
public record History(Answer anticoagulatedOrBleedingDisorder,
                      boolean copdWithSpo2Target88To92,
                      boolean mentalHealthCrisisPlan,
                      AdvanceCarePlan advanceCarePlan) {

    /** Nothing known: the safe defaults described above. */
    public static final History NONE_KNOWN = new History(Answer.UNKNOWN, false, false, null);

    public History {
        InvalidFieldException.required("anticoagulatedOrBleedingDisorder", anticoagulatedOrBleedingDisorder,
                "one of YES, NO, UNKNOWN");
    }
}
