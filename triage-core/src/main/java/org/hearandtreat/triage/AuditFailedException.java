package org.hearandtreat.triage;

/**
 * The evaluation succeeded but its audit record could not be kept. The result is carried here, so that the clinician
 * still sees the disposition while the embedding system deals with its audit store; the cause is the sink's failure.
 */
public final class AuditFailedException extends TriageException {

    private static final long serialVersionUID = 1L;

    private final transient TriageResult result;

    /**
     * @param result the result the evaluation computed
     * @param cause  what the audit sink threw
     */
    public AuditFailedException(TriageResult result, RuntimeException cause) {
        super("The triage was computed (" + result.disposition().code() + ") but its audit record was not kept: "
                + cause.getMessage(), cause);
        this.result = result;
    }

    /**
     * @return the result the evaluation computed, to show the clinician; the result is not serialised with the
     *         exception (it stays in the process that computed it)
     */
    public TriageResult result() {
        return result;
    }
}
