package org.hearandtreat.triage;

/**
 * Category 2 segments (NHS England C2 segmentation, approved by the national Emergency Call Prioritisation Group):
 * 2A dispatches now; 2B and 2C are lower-acuity codes a clinician validates before (or instead of) dispatch. If a
 * 2B/2C call is dispatched it is still a blue-light C2 response. Most urgent first.
 */
public enum C2Segment {
    /** 2A: immediate dispatch. */
    A("2A: dispatch now"),
    /** 2B: clinician validation first. */
    B("2B: clinician validation first"),
    /** 2C: clinician validation first, lowest C2 acuity. */
    C("2C: clinician validation first");

    private final String label;

    C2Segment(String label) {
        this.label = label;
    }

    /** @return a clinician-readable label */
    public String label() {
        return label;
    }
}
