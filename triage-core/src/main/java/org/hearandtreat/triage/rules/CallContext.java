package org.hearandtreat.triage.rules;

import java.time.Instant;
import org.hearandtreat.triage.C2Segment;
import org.hearandtreat.triage.News2Score;
import org.hearandtreat.triage.Patient;
import org.hearandtreat.triage.Vitals;

/**
 * What every rule fact offers: the call's answers, risk factors, patient, vitals and NEWS2 for conditions, and the
 * proposals a consequence makes. Rules match one of its two forms: {@link Call}, the call itself (one per evaluation),
 * or {@link Finding}, one per finding present on the call, whose code Drools indexes so that a call reaches only the
 * rules of the findings it has. Confined to the evaluating thread. String arguments are codes from the rule set's
 * vocabulary and must not be null; the rule-set build rejects any code the vocabulary lacks.
 *
 * <p>Answer semantics are the engine's safety policy, not each rule's: {@link #present} is true for YES, for UNKNOWN
 * on a red-flag question, when the complaint states the finding (its vocabulary entry's {@code implies}), and when a
 * vital sign proves it (a pulse of 0 proves "not breathing normally" even if NO was answered); {@link #absent} is true
 * only for a NO that neither contradicts. A question not asked is neither.
 *
 * <p><b>Age.</b> An unknown age reads as possibly in every band: both {@code ageUnder...} and {@code ageAtLeast...}
 * are true when the age is not known, so each age-banded criterion that could apply does, and the most urgent
 * proposal wins. A rule that grants a less urgent endpoint on age alone must also require {@link #ageKnown()}.
 *
 * <p><b>Vital signs.</b> Every measured vital has a helper in both directions ({@code pulseAtLeast} /
 * {@code pulseBelow}); each is false when that vital was not measured.
 *
 * <p>A consequence may propose any number of dispositions; the engine keeps the most urgent, so a rule can raise
 * urgency but never lower it.
 */
public interface CallContext {
    /** @return true when the finding is present: YES, UNKNOWN for a red-flag question, stated by the complaint, or
     *          proved by the vitals */
    boolean present(String questionCode);

    /** @return true when the finding was asked about and is absent (NO, not stated by the complaint nor proved by
     *          the vitals) */
    boolean absent(String questionCode);

    /** @return true when the question has any answer, including UNKNOWN, or the complaint or vitals establish it */
    boolean answered(String questionCode);

    /**
     * @param riskFactorCode a risk factor of the vocabulary
     * @return true when the history says YES; or says UNKNOWN or nothing, the risk factor can apply to this patient
     *         (its ages and sexes), and its vocabulary entry reads an unknown as present
     */
    boolean hasRisk(String riskFactorCode);

    /** @return the patient */
    Patient patient();

    /** @return true when the age is known */
    boolean ageKnown();

    /** @return true when younger than {@code days} days, or the age is not known */
    boolean ageUnderDays(int days);

    /** @return true when younger than {@code weeks} weeks, or the age is not known */
    boolean ageUnderWeeks(int weeks);

    /** @return true when younger than {@code months} months, or the age is not known */
    boolean ageUnderMonths(int months);

    /** @return true when younger than {@code years} years, or the age is not known */
    boolean ageUnderYears(int years);

    /** @return true when at least {@code days} days old, or the age is not known */
    boolean ageAtLeastDays(int days);

    /** @return true when at least {@code weeks} weeks old, or the age is not known */
    boolean ageAtLeastWeeks(int weeks);

    /** @return true when at least {@code months} months old, or the age is not known */
    boolean ageAtLeastMonths(int months);

    /** @return true when at least {@code years} years old, or the age is not known */
    boolean ageAtLeastYears(int years);

    /** @return true when pregnant or within 6 weeks of giving birth */
    boolean pregnantOrRecentlyPregnant();

    /** @return true when pregnant with known gestation of at least {@code weeks}, or pregnant with unknown gestation */
    boolean pregnantAtLeastWeeks(int weeks);

    /** @return true when pregnant, whatever the gestation (known or not) */
    boolean pregnant();

    /** @return true when she gave birth within the last 6 weeks */
    boolean recentlyGaveBirth();

    /**
     * @param weeks a number of weeks, at most 6
     * @return true when she gave birth less than {@code weeks} weeks ago, or within the last 6 weeks at a time not
     *         known (the safer reading for the early days after birth)
     */
    boolean gaveBirthWithinWeeks(int weeks);

    /** @return true when an end-of-life register entry or advance care plan is known */
    boolean hasAdvanceCarePlan();

    /** @return true when a known plan recommends no CPR */
    boolean noCprRecommended();

    /**
     * @return true when an advance care plan is on record and recommends limiting the escalation of treatment (for
     *         example a ReSPECT plan that prioritises comfort); a no-CPR decision alone does not
     */
    boolean planLimitsEscalation();

    /** @return true when the reported sex is female */
    boolean female();

    /** @return true when the respiration rate was measured and is at least {@code perMinute} */
    boolean respirationRateAtLeast(int perMinute);

    /** @return true when the respiration rate was measured and is below {@code perMinute} */
    boolean respirationRateBelow(int perMinute);

    /** @return true when SpO2 was measured and is at least {@code percent} */
    boolean spo2AtLeast(int percent);

    /** @return true when SpO2 was measured and is below {@code percent} */
    boolean spo2Below(int percent);

    /** @return true when the systolic blood pressure was measured and is at least {@code mmHg} */
    boolean systolicAtLeast(int mmHg);

    /** @return true when the systolic blood pressure was measured and is below {@code mmHg} */
    boolean systolicBelow(int mmHg);

    /** @return true when the diastolic blood pressure was measured and is at least {@code mmHg} */
    boolean diastolicAtLeast(int mmHg);

    /** @return true when the diastolic blood pressure was measured and is below {@code mmHg} */
    boolean diastolicBelow(int mmHg);

    /** @return true when the pulse was measured and is at least {@code perMinute} */
    boolean pulseAtLeast(int perMinute);

    /** @return true when the pulse was measured and is below {@code perMinute} */
    boolean pulseBelow(int perMinute);

    /** @return true when the temperature was measured and is at least {@code celsius} */
    boolean temperatureAtLeast(double celsius);

    /** @return true when the temperature was measured and is below {@code celsius} */
    boolean temperatureBelow(double celsius);

    /** @return true when a temperature was measured (a fever only felt by the caller has no reading) */
    boolean temperatureMeasured();

    /** @return true when blood glucose was measured and is at least {@code mmolL} */
    boolean bloodGlucoseAtLeast(double mmolL);

    /** @return true when blood glucose was measured and is below {@code mmolL} */
    boolean bloodGlucoseBelow(double mmolL);

    /** @return true when capillary refill was measured and is at least {@code seconds} */
    boolean capillaryRefillAtLeast(double seconds);

    /** @return true when capillary refill was measured and is below {@code seconds} */
    boolean capillaryRefillBelow(double seconds);

    /** @return true when consciousness was assessed and is not Alert (new confusion, voice, pain, unresponsive) */
    boolean notAlert();

    /** @return the vital signs ({@link Vitals#NONE} when none were taken) */
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

    /**
     * The NEWS2 points these observations would score in a non-pregnant adult, whatever this patient's age or
     * pregnancy (SpO2 scale 2 when the history says so). NEWS2 is not validated for children or in pregnancy; use this
     * only as a floor, so that a child of 12 to 15 or a pregnant woman is never less urgent than an adult with the
     * same observations. A partial score is a lower bound.
     *
     * @param points the threshold
     * @return true when the adult score is at least {@code points}
     */
    boolean adultNews2AtLeast(int points);

    /** @return true when, scored as for a non-pregnant adult, any observation scores 3 */
    boolean adultNews2AnyParameterScored3();

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

    /**
     * Proposes a referral with the service's default time frame (self-care has none). The build rejects a service
     * that the vocabulary lacks or that has no default time frame.
     */
    Proposal referTo(String serviceCode);

    /** Proposes a referral with care needed within the given number of hours. */
    Proposal referWithinHours(String serviceCode, int hours);

    /** Proposes a referral with care needed within the given number of minutes. */
    Proposal referWithinMinutes(String serviceCode, int minutes);
}
