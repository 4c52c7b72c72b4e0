package org.hearandtreat.triage.rules;

/**
 * A disposition a rule proposed, to which it attaches advice. Advice reaches the result only when this proposal's
 * disposition is the one selected. Keys come from the rule set's vocabulary; confined to the evaluating thread.
 */
public interface Proposal {

    /** Adds care advice (what to do now). */
    Proposal careAdvice(String adviceKey);

    /** Adds worsening (safety-netting) advice. */
    Proposal worseningAdvice(String adviceKey);
}
