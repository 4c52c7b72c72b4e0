package org.hearandtreat.triage;

/**
 * How much next-question guidance an evaluation computes. Guidance re-evaluates the call once per unanswered
 * question and answer, so batch work that only needs the disposition (re-triage of a corpus, change-impact reports,
 * benchmarks of the decision itself) can leave it out; the disposition, reasons and advice are identical either way.
 */
public enum Guidance {
    /** List the unanswered questions that could still change the disposition (the default). */
    NEXT_QUESTIONS,
    /** Leave {@link TriageResult#nextQuestions()} empty. */
    NONE
}
