package org.hearandtreat.triage.rules;

/**
 * One finding present on the call being triaged: the engine adds one for every question that reads as present (YES,
 * UNKNOWN for a red flag, stated by the complaint, or proved by the vital signs) and that some rule is written on.
 * A rule triggered by a finding is written {@code $call : Finding( code == "FALL_LONG_LIE", ... )}: Drools indexes
 * the code, so a call reaches only the rules of the findings it has, and the rule cannot see the complaint, so the
 * finding means the same whatever the call was opened under. Everything else a rule can read or propose is the
 * call's, as on {@link Call}. Confined to the evaluating thread.
 */
public interface Finding extends CallContext {

    /**
     * The question code of this finding. In a rule, test it as {@code code == "FALL_LONG_LIE"}: the build checks the
     * code against the vocabulary.
     *
     * @return the question code
     */
    String getCode();
}
