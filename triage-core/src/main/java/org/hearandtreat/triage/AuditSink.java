package org.hearandtreat.triage;

/**
 * Receives one {@link AuditRecord} per successful evaluation, so the embedding system can keep its own audit store.
 * The library writes no patient data to any log; this is the only way evaluations leave the engine other than the
 * returned result.
 *
 * <p>The engine calls {@link #record} synchronously on the evaluating thread, after the result is built and before
 * it is returned; implementations must be thread-safe, because several threads evaluate at once. If {@code record}
 * throws, {@code evaluate} throws an {@link AuditFailedException} carrying the computed result: an evaluation that
 * cannot be audited does not silently happen, and the clinician still sees the disposition. A sink that blocks
 * blocks the evaluating thread; hand records to a queue if the store can be slow. Evaluations rejected as invalid
 * input are not recorded.
 */
@FunctionalInterface
public interface AuditSink {

    /** A sink that keeps nothing. */
    AuditSink NONE = auditRecord -> { };

    /** @param auditRecord the record of one evaluation */
    void record(AuditRecord auditRecord);
}
