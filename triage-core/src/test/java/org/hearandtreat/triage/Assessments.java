package org.hearandtreat.triage;

import java.time.Duration;
import java.time.Period;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators for assessments over any vocabulary: every question, every risk factor, the whole range of each
 * vital sign and every patient type, ages given in days, weeks, months or years.
 */
public final class Assessments {

    /**
     * jqwik logs at INFO whenever a generator has more edge cases than a property has tries, which these generators
     * always do; a passing build stays quiet. Held here so that java.util.logging keeps the level.
     */
    private static final Logger JQWIK_GENERATION = Logger.getLogger(
            "net.jqwik.engine.properties.RandomizedShrinkablesGenerator");

    static {
        JQWIK_GENERATION.setLevel(Level.WARNING);
    }

    private Assessments() {
    }

    public static Arbitrary<Assessment> over(Vocabulary vocabulary) {
        List<String> codes = vocabulary.questions().stream().map(Vocabulary.Question::code).toList();
        Arbitrary<String> complaint = Arbitraries.of(vocabulary.complaints().stream()
                .map(Vocabulary.Complaint::code).toList());
        Arbitrary<java.time.Instant> instant = Arbitraries.longs().between(0, Duration.ofDays(3650).toSeconds())
                .map(s -> TestRuleSets.NOW.minusSeconds(s));
        return Combinators.combine(patients(vocabulary), complaint, answers(codes), vitals().injectNull(0.3), instant)
                .as(Assessment::new);
    }

    /** @return answers to some of the codes: mostly NO, some not asked, some YES or UNKNOWN */
    private static Arbitrary<Map<String, Answer>> answers(List<String> codes) {
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(3, Arbitraries.just((Answer) null)),
                        net.jqwik.api.Tuple.of(6, Arbitraries.just(Answer.NO)),
                        net.jqwik.api.Tuple.of(1, Arbitraries.just(Answer.YES)),
                        net.jqwik.api.Tuple.of(1, Arbitraries.just(Answer.UNKNOWN)))
                .list().ofSize(codes.size())
                .map(list -> {
                    Map<String, Answer> map = new LinkedHashMap<>();
                    for (int i = 0; i < codes.size(); i++) {
                        if (list.get(i) != null) {
                            map.put(codes.get(i), list.get(i));
                        }
                    }
                    return map;
                });
    }

    /** @return patients with no history known */
    public static Arbitrary<Patient> patients() {
        return patients(List.of());
    }

    /** @return patients whose history answers some of the vocabulary's risk factors */
    public static Arbitrary<Patient> patients(Vocabulary vocabulary) {
        return patients(vocabulary.riskFactors().stream().map(Vocabulary.RiskFactor::code).toList());
    }

    private static Arbitrary<Patient> patients(List<String> riskFactors) {
        Arbitrary<Pregnancy> pregnancy = Arbitraries.oneOf(
                Arbitraries.of(Pregnancy.NOT_PREGNANT, Pregnancy.UNKNOWN, Pregnancy.POSTPARTUM),
                Arbitraries.integers().between(0, 45).injectNull(0.2).map(Pregnancy::pregnant));
        Arbitrary<AdvanceCarePlan> plan = Combinators.combine(
                        Arbitraries.of(AdvanceCarePlan.Document.class).set().ofMinSize(1),
                        Arbitraries.of(AdvanceCarePlan.CprRecommendation.class))
                .as((docs, cpr) -> new AdvanceCarePlan(EnumSet.copyOf(docs), cpr)).injectNull(0.7);
        return Combinators.combine(ages().injectNull(0.1), Arbitraries.of(Sex.class), pregnancy,
                answers(riskFactors), plan).as(Assessments::patient);
    }

    /** A pregnancy the patient cannot have (a man, a child under 10, a woman over 60) is generated as not pregnant. */
    private static Patient patient(Period age, Sex sex, Pregnancy pregnancy, Map<String, Answer> history,
                                   AdvanceCarePlan plan) {
        boolean possible = sex != Sex.MALE && (age == null || Age.inDays(age) >= 10 * Age.DAYS_PER_YEAR
                && Age.completedYears(age) <= Patient.PREGNANCY_TO_YEARS);
        return new Patient(age, sex, possible ? pregnancy : Pregnancy.NOT_PREGNANT, history, plan);
    }

    /** @return ages from birth to 110 years, given in days, weeks, months or years as a caller would */
    public static Arbitrary<Period> ages() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(0, 60).map(Period::ofDays),
                Arbitraries.integers().between(0, 52).map(Period::ofWeeks),
                Arbitraries.integers().between(0, 36).map(Period::ofMonths),
                Arbitraries.integers().between(0, 110).map(Period::ofYears),
                Arbitraries.integers().between(0, 110).map(Period::ofYears),
                Arbitraries.integers().between(0, 110).map(Period::ofYears));
    }

    public static Arbitrary<Vitals> vitals() {
        Arbitrary<Vitals> nationalEarlyWarning = Combinators.combine(
                Arbitraries.integers().between(0, 100).injectNull(0.2),
                Arbitraries.integers().between(1, 100).injectNull(0.2),
                Arbitraries.of(true, false).injectNull(0.2),
                Arbitraries.integers().between(20, 300).injectNull(0.2),
                Arbitraries.integers().between(0, 300).injectNull(0.2),
                Arbitraries.of(Consciousness.class).injectNull(0.2),
                Arbitraries.doubles().between(15.0, 45.0).ofScale(1).injectNull(0.2)
        ).as((rr, spo2, oxygen, systolic, pulse, acvpu, temperature) -> Vitals.builder().respirationRate(rr)
                .spo2(spo2).onOxygen(oxygen).systolicBp(systolic).pulse(pulse).consciousness(acvpu)
                .temperatureCelsius(temperature).build());
        return Combinators.combine(nationalEarlyWarning,
                Arbitraries.integers().between(5, 200).injectNull(0.3),
                Arbitraries.doubles().between(0.5, 60.0).ofScale(1).injectNull(0.3),
                Arbitraries.doubles().between(0.0, 20.0).ofScale(1).injectNull(0.3)
        ).as((news2, diastolic, glucose, refill) -> {
            Integer systolic = news2.systolicBp();
            // A diastolic pressure is always below the systolic; keep the generated one inside what can be measured.
            Integer below = diastolic == null || systolic == null || diastolic < systolic
                    ? diastolic : Integer.valueOf(systolic - 1);
            return news2.toBuilder().diastolicBp(below).bloodGlucoseMmolL(glucose).capillaryRefillSeconds(refill).build();
        });
    }
}
