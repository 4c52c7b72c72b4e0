package org.hearandtreat.triage.protocols;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.hearandtreat.triage.Assessment;
import org.hearandtreat.triage.Consciousness;
import org.hearandtreat.triage.HearAndTreat;
import org.hearandtreat.triage.Guidance;
import org.hearandtreat.triage.Patient;
import org.hearandtreat.triage.Pregnancy;
import org.hearandtreat.triage.SafetyFlag;
import org.hearandtreat.triage.ServiceKind;
import org.hearandtreat.triage.Sex;
import org.hearandtreat.triage.TriageEngine;
import org.hearandtreat.triage.TriageResult;
import org.hearandtreat.triage.Vitals;

/**
 * Measured observations mean the same for every body: no cliff at 16 where NEWS2 starts, pregnancy never makes the
 * same observations less urgent, and within an age band a worse observation never lowers urgency.
 */
class ObservationPropertiesTest {

    private static final TriageEngine ENGINE = ReferenceProtocols.engine();

    private static TriageResult decide(Assessment call) {
        return ENGINE.evaluate(call, Guidance.NONE);
    }

    /**
     * Whether {@code a} gives less care than {@code b}. When {@code b} is the engine's default callback (no rule
     * reached a disposition, so a clinician decides), {@code a} gives less care if nobody assesses the patient within 6
     * hours (self-care, pharmacy, or a referral later than that): a rule that finds a face-to-face endpoint within
     * hours is a decision, not less care.
     */
    private static boolean lessCare(TriageResult a, TriageResult b) {
        if (b.flags().contains(SafetyFlag.HEAR_AND_TREAT_WITHHELD_RED_FLAGS_UNANSWERED)
                && !a.flags().contains(SafetyFlag.HEAR_AND_TREAT_WITHHELD_RED_FLAGS_UNANSWERED)) {
            // b still has a red flag to ask that does not apply to a (the early-pregnancy questions after a birth):
            // b's callback waits for an answer, so the two calls do not hold the same information
            Statistics.label("b waits for a red flag that does not apply to a").collect(true);
            return false;
        }
        if (b.flags().contains(SafetyFlag.DEFAULT_NO_RULE_FIRED) && !a.flags().contains(SafetyFlag.DEFAULT_NO_RULE_FIRED)) {
            Statistics.label("compared with a default callback").collect(true);
            return a.disposition() instanceof HearAndTreat h && (h.kind() == ServiceKind.SELF_CARE
                    || h.service().equals("PHARMACY") || h.within() == null
                    || h.within().compareTo(java.time.Duration.ofHours(6)) > 0);
        }
        return b.disposition().needsCareSoonerThan(a.disposition());
    }

    /**
     * Observations around the normal range, each sometimes missing: the whole valid range would make almost every
     * call an emergency and test little.
     */
    private static Arbitrary<Vitals> plausibleVitals() {
        return net.jqwik.api.Combinators.combine(
                        Arbitraries.integers().between(6, 45).injectNull(0.2),
                        Arbitraries.integers().between(84, 100).injectNull(0.2),
                        Arbitraries.frequency(net.jqwik.api.Tuple.of(9, false), net.jqwik.api.Tuple.of(1, true)),
                        Arbitraries.integers().between(75, 190).injectNull(0.2),
                        Arbitraries.integers().between(45, 170).injectNull(0.2),
                        Arbitraries.frequency(net.jqwik.api.Tuple.of(12, Consciousness.ALERT),
                                net.jqwik.api.Tuple.of(1, Consciousness.NEW_CONFUSION)).injectNull(0.2),
                        Arbitraries.integers().between(350, 405).map(t -> t / 10.0).injectNull(0.2),
                        Arbitraries.integers().between(20, 50).injectNull(0.3))
                .as((rr, spo2, o2, sbp, pulse, avpu, temp, pulsePressure) -> Vitals.builder().respirationRate(rr)
                        .spo2(spo2).onOxygen(o2).systolicBp(sbp).pulse(pulse).consciousness(avpu)
                        .temperatureCelsius(temp)
                        .diastolicBp(sbp == null || pulsePressure == null ? null : sbp - pulsePressure).build())
                .filter(v -> !v.nothingMeasured());
    }

    /** Generated reference calls, always with some observations. */
    @Provide
    Arbitrary<Assessment> observedCalls() {
        return net.jqwik.api.Combinators.combine(ReferenceCalls.arbitrary(), plausibleVitals())
                .as(Assessment::withVitals);
    }

    private static Patient notPregnant(Patient patient, Period age) {
        return patient.toBuilder().age(age).pregnancy(Pregnancy.NOT_PREGNANT).advanceCarePlan(null).build();
    }

    @Property(tries = 2000)
    void aChildOf15_isNeverLessUrgentThanSomeoneOf16_withTheSameObservations(
            @ForAll("observedCalls") Assessment call) {
        TriageResult at15 = decide(call.withPatient(notPregnant(call.patient(), Period.ofYears(15))));
        TriageResult at16 = decide(call.withPatient(notPregnant(call.patient(), Period.ofYears(16))));

        assertThat(lessCare(at15, at16)).as("15: %s, 16: %s", at15.disposition().code(), at16.disposition().code())
                .isFalse();
        Statistics.collect(at16.disposition().isDispatch() ? "16 gets an ambulance" : "16 gets hear and treat");
        Statistics.coverage(c -> {
            c.check("16 gets an ambulance").count(n -> n > 100);
            c.check("16 gets hear and treat").count(n -> n > 100);
        });
    }

    @Property(tries = 2000)
    void pregnancyOrARecentBirth_neverMakesTheSameObservationsLessUrgent(@ForAll("observedCalls") Assessment call,
            @ForAll @IntRange(min = 16, max = 45) int age, @ForAll @IntRange(min = 4, max = 42) int gestation,
            @ForAll @IntRange(min = 0, max = 5) int weeksSinceBirth) {
        Patient woman = call.patient().toBuilder().age(Period.ofYears(age)).sex(Sex.FEMALE)
                .pregnancy(Pregnancy.NOT_PREGNANT).build();
        TriageResult notPregnant = decide(call.withPatient(woman));
        TriageResult pregnant = decide(call.withPatient(woman.toBuilder()
                .pregnancy(Pregnancy.pregnant(gestation)).build()));
        TriageResult afterBirth = decide(call.withPatient(woman.toBuilder()
                .pregnancy(Pregnancy.postpartum(weeksSinceBirth)).build()));

        assertThat(lessCare(pregnant, notPregnant)).as("not pregnant: %s, pregnant at %d weeks: %s",
                notPregnant.disposition().code(), gestation, pregnant.disposition().code()).isFalse();
        assertThat(lessCare(afterBirth, notPregnant)).as("not pregnant: %s, %d weeks after birth: %s",
                notPregnant.disposition().code(), weeksSinceBirth, afterBirth.disposition().code()).isFalse();
        Statistics.collect(notPregnant.disposition().isDispatch() ? "ambulance when not pregnant"
                : "hear and treat when not pregnant");
        Statistics.coverage(c -> {
            c.check("ambulance when not pregnant").count(n -> n > 100);
            c.check("hear and treat when not pregnant").count(n -> n > 100);
        });
    }

    /** An observation made worse on its abnormal side, or null when this one cannot be made worse here. */
    private static Vitals worse(Vitals v, int parameter, int delta) {
        return switch (parameter) {
            case 0 -> v.pulse() == null ? null : v.pulse() >= 91 ? v.withPulse(Math.min(300, v.pulse() + delta))
                    : v.pulse() <= 50 ? v.withPulse(Math.max(0, v.pulse() - delta)) : null;
            case 1 -> v.respirationRate() == null ? null : v.respirationRate() >= 20
                    ? v.withRespirationRate(Math.min(100, v.respirationRate() + delta))
                    : v.respirationRate() <= 11 ? v.withRespirationRate(Math.max(0, v.respirationRate() - delta)) : null;
            // On oxygen with a COPD target, NEWS2 scores a high saturation: lowering it is not simply worse.
            case 2 -> v.spo2() == null || Boolean.TRUE.equals(v.onOxygen()) ? null
                    : v.withSpo2(Math.max(0, v.spo2() - delta));
            case 3 -> v.systolicBp() == null || v.systolicBp() > 110 ? null : v.toBuilder()
                    .systolicBp(Math.max(20, v.systolicBp() - delta)).diastolicBp(null).build();
            case 4 -> v.temperatureCelsius() == null ? null : v.temperatureCelsius() >= 38.0
                    ? v.withTemperatureCelsius(Math.min(45.0, v.temperatureCelsius() + delta / 10.0))
                    : v.temperatureCelsius() <= 36.0
                    ? v.withTemperatureCelsius(Math.max(25.0, v.temperatureCelsius() - delta / 10.0)) : null;
            default -> v.consciousness() == Consciousness.ALERT || v.consciousness() == null
                    ? v.withConsciousness(Consciousness.values()[1 + delta % (Consciousness.values().length - 1)])
                    : null;
        };
    }

    @Property(tries = 3000)
    void aWorseObservation_neverLowersUrgency(@ForAll("observedCalls") Assessment call,
            @ForAll @IntRange(min = 0, max = 5) int parameter, @ForAll @IntRange(min = 1, max = 30) int delta) {
        Vitals worse = worse(call.vitals(), parameter, delta);
        Statistics.collect(worse == null ? "not applicable" : "made worse");
        Statistics.coverage(c -> c.check("made worse").percentage(p -> p > 30));
        if (worse == null) {
            return;
        }
        TriageResult before = decide(call);
        TriageResult after = decide(call.withVitals(worse));

        assertThat(lessCare(after, before)).as("%s -> %s made %s into %s", call.vitals(), worse,
                before.disposition().code(), after.disposition().code()).isFalse();
    }
}
