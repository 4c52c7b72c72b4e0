package org.hearandtreat.triage;

/**
 * NHS England Ambulance Response Programme categories, most urgent first. Standards: C1 mean 7 / 90th centile 15
 * minutes; C2 mean 18 / 40 minutes; C3 90th centile 120 minutes; C4 90th centile 180 minutes.
 */
public enum ArpCategory {
    /** Immediately life-threatening: needs immediate intervention or resuscitation. */
    C1("Category 1: life-threatening"),
    /** Emergency: may need rapid assessment, urgent on-scene intervention or urgent transport. */
    C2("Category 2: emergency"),
    /** Urgent, not immediately life-threatening. */
    C3("Category 3: urgent"),
    /** Less urgent. */
    C4("Category 4: less urgent");

    private final String label;

    ArpCategory(String label) {
        this.label = label;
    }

    /** @return a clinician-readable label */
    public String label() {
        return label;
    }
}
