package org.hearandtreat.triage;

/**
 * Receives one {@link AuditRecord} per successful evaluation, so the embedding system can keep its own audit store.
 * The library writes no patient data to any log; this is the only way evaluations leave the engine other than the
 * returned result.
 *
 * <p>The engine calls {@link #record} synchronously on the evaluating thread, after the result is built and before
 * it is returned; implementations must be thread-safe, because several threads evaluate at once. If {@code record}
 * throws, the exception reaches the caller of {@code evaluate} and the result is not returned: an evaluation that
 * cannot be audited does not silently happen. Evaluations rejected as invalid input are not recorded.
 */
@FunctionalInterface
public interface AuditSink {

    /** A sink that keeps nothing. */
    AuditSink NONE = auditRecord -> { };

    /** @param auditRecord the record of one evaluation */
    void record(AuditRecord auditRecord);
}
