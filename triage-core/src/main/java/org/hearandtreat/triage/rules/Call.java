package org.hearandtreat.triage.rules;

import java.time.Instant;
import org.hearandtreat.triage.C2Segment;
import org.hearandtreat.triage.News2Score;
import org.hearandtreat.triage.Pathway;
import org.hearandtreat.triage.Patient;
import org.hearandtreat.triage.Vitals;

/**
 * The one fact a protocol rule sees: the call being triaged. Rules read it in their conditions (answers, patient,
 * vitals, NEWS2) and propose a disposition from their consequence. The engine creates one per evaluation; it is
 * confined to the evaluating thread. String arguments are codes from the rule set's vocabulary and must not be null;
 * the rule-set build rejects any code the vocabulary lacks.
 *
 * <p>Answer semantics are the engine's safety policy, not each rule's: {@link #present} is true for YES and, for a
 * red-flag question, also for UNKNOWN; {@link #absent} is true only for NO. A question not asked is neither.
 *
 * <p>A consequence may propose any number of dispositions; the engine keeps the most urgent, so a rule can raise
 * urgency but never lower it.
 */
public interface Call {

    /**
     * The presenting-complaint code. In a rule, test it as {@code complaint == "FALL"}: Drools indexes that equality,
     * so a call only reaches the rules of its own complaint.
     *
     * @return the complaint code
     */
    String getComplaint();

    /** @return true when the presenting complaint has this code (use inside {@code ||} expressions) */
    boolean complaintIs(String complaintCode);

    /** @return true when the finding is present: YES, or UNKNOWN for a red-flag question */
    boolean present(String questionCode);

    /** @return true when the finding was asked about and is absent (NO) */
    boolean absent(String questionCode);

    /** @return true when the question has any answer, including UNKNOWN */
    boolean answered(String questionCode);

    /** @return the patient */
    Patient patient();

    /** @return true when the age is known and at least {@code years} */
    boolean ageAtLeast(int years);

    /** @return true when the age is known and below {@code years} */
    boolean ageBelow(int years);

    /** @return true when pregnant or within 6 weeks of giving birth */
    boolean pregnantOrRecentlyPregnant();

    /** @return true when pregnant with known gestation of at least {@code weeks}, or pregnant with unknown gestation */
    boolean pregnantAtLeastWeeks(int weeks);

    /** @return true when pregnant, whatever the gestation (known or not) */
    boolean pregnant();

    /** @return true when she gave birth within the last 6 weeks */
    boolean recentlyGaveBirth();

    /** @return true when anticoagulated or with a bleeding disorder, or when this is not known */
    boolean anticoagulatedOrBleedingDisorder();

    /** @return true when an end-of-life register entry or advance care plan is known */
    boolean hasAdvanceCarePlan();

    /** @return true when a known plan recommends no CPR */
    boolean noCprRecommended();

    /** @return true when a mental-health crisis plan is known */
    boolean hasMentalHealthCrisisPlan();

    /** @return true when the reported sex is female */
    boolean female();

    /** @return true when respiration rate was measured and is at least {@code perMinute} */
    boolean respirationRateAtLeast(int perMinute);

    /** @return true when respiration rate was measured and is at most {@code perMinute} */
    boolean respirationRateAtMost(int perMinute);

    /** @return true when pulse was measured and is above {@code perMinute} */
    boolean pulseAbove(int perMinute);

    /** @return true when systolic blood pressure was measured and is at most {@code mmHg} */
    boolean systolicAtMost(int mmHg);

    /** @return true when SpO2 was measured and is below {@code percent} */
    boolean spo2Below(int percent);

    /** @return true when temperature was measured and is below {@code celsius} */
    boolean temperatureBelow(double celsius);

    /** @return true when temperature was measured and is at least {@code celsius} */
    boolean temperatureAtLeast(double celsius);

    /** @return true when consciousness was assessed and is not Alert (new confusion, voice, pain, unresponsive) */
    boolean notAlert();

    /** @return the vital signs, or null when none were taken */
    Vitals vitals();

    /** @return the NEWS2 score (never null; see its status) */
    News2Score news2();

    /**
     * @param points a NEWS2 total
     * @return true when NEWS2 applies and its total (complete, or the lower bound of a partial score) is at least
     *         {@code points}
     */
    boolean news2AtLeast(int points);

    /** @return true when NEWS2 applies and any single parameter scored 3 */
    boolean news2AnyParameterScored3();

    /** @return the evaluation instant (rules never read the wall clock) */
    Instant evaluatedAt();

    /** Proposes a category 1 dispatch. */
    Proposal category1();

    /** Proposes a category 2 dispatch in the given segment. */
    Proposal category2(C2Segment segment);

    /** Proposes a category 3 dispatch. */
    Proposal category3();

    /** Proposes a category 4 dispatch. */
    Proposal category4();

    /** Proposes a referral to a pathway without its own time frame: self-care, or one with a fixed time frame. */
    Proposal referTo(Pathway pathway);

    /** Proposes a referral with care needed within the given number of hours. */
    Proposal referWithinHours(Pathway pathway, int hours);

    /** Proposes a referral with care needed within the given number of minutes. */
    Proposal referWithinMinutes(Pathway pathway, int minutes);
}
