package org.hearandtreat.triage.rules;

/**
 * The call being triaged, as a rule sees it: one per evaluation. Rules read it in their conditions and propose a
 * disposition from their consequence; see {@link CallContext} for everything it offers.
 *
 * <p><b>Findings decide, complaints only order the questions.</b> A rule that proposes an ambulance must not test the
 * complaint (the build rejects it), so a finding means the same whichever complaint the call was opened under. The
 * complaint may narrow only hear-and-treat endpoints ("a sore throat with no red flag goes to the pharmacy"). A rule
 * triggered by one finding is best written on {@link Finding}, which cannot see the complaint at all.
 */
public interface Call extends CallContext {

    /**
     * The presenting-complaint code. Only hear-and-treat endpoints may test it, as {@code complaint == "FALL"}.
     *
     * @return the complaint code
     */
    String getComplaint();

    /** @return true when the presenting complaint has this code (use inside {@code ||} expressions) */
    boolean complaintIs(String complaintCode);
}
