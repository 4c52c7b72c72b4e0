package org.hearandtreat.triage.examples;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.hearandtreat.triage.Answer;
import org.hearandtreat.triage.Assessment;
import org.hearandtreat.triage.InvalidFieldException;
import org.hearandtreat.triage.Patient;
import org.hearandtreat.triage.Vitals;

/**
 * Realistic synthetic calls for replay and load tests: each is a call of a seed suite (the reference cases, so the
 * complaints, ages and answer patterns follow the suite's distribution) varied the way real calls vary: a few answers
 * changed or left unasked, vital signs moved by a measurement's usual scatter or not taken, the age moved a little and
 * the call placed at another moment of the year. Deterministic for a seed; not thread-safe (one per thread).
 */
public final class SyntheticCalls {

    /** Chance that any one answer is changed to another answer. */
    static final double CHANGE_ANSWER = 0.05;
    /** Chance that any one answer is left unasked. */
    static final double DROP_ANSWER = 0.05;
    /** Chance that the vital signs were not taken at all. */
    static final double NO_VITALS = 0.3;

    private final List<Assessment> seeds;
    private final SplittableRandom random;
    private final Instant yearStart;

    /**
     * @param seeds     calls to vary, at least one
     * @param seed      random seed
     * @param yearStart the start of the year the calls are spread over
     */
    public SyntheticCalls(List<Assessment> seeds, long seed, Instant yearStart) {
        if (seeds.isEmpty()) {
            throw new InvalidFieldException("seeds", "[]", "at least one call to vary");
        }
        this.seeds = List.copyOf(seeds);
        this.random = new SplittableRandom(seed);
        this.yearStart = yearStart;
    }

    /** @return the next call */
    public Assessment next() {
        Assessment base = seeds.get(random.nextInt(seeds.size()));
        Map<String, Answer> answers = new LinkedHashMap<>();
        base.answers().forEach((code, answer) -> {
            double roll = random.nextDouble();
            if (roll < DROP_ANSWER) {
                return;
            }
            answers.put(code, roll < DROP_ANSWER + CHANGE_ANSWER ? Answer.values()[random.nextInt(3)] : answer);
        });
        Patient p = base.patient();
        Patient patient = p;
        if (p.age() != null && random.nextBoolean()) {
            Period moved = p.age().getYears() >= 2 ? p.age().plusYears(random.nextInt(-2, 3))
                    : p.age().plusDays(random.nextInt(-10, 11));
            try {
                patient = new Patient(moved.isNegative() ? p.age() : moved, p.sex(), p.pregnancy(), p.history(),
                        p.advanceCarePlan());
            } catch (InvalidFieldException e) {
                patient = p;
            }
        }
        Vitals vitals = random.nextDouble() < NO_VITALS ? Vitals.NONE : scatter(base.vitals());
        Instant at = yearStart.plus(Duration.ofSeconds(random.nextLong(365L * 24 * 3600)));
        return new Assessment(patient, base.complaint(), answers, vitals, at);
    }

    private Vitals scatter(Vitals v) {
        try {
            return Vitals.builder()
                    .respirationRate(move(v.respirationRate(), 2, 0, 100))
                    .spo2(move(v.spo2(), 1, 1, 100))
                    .onOxygen(v.onOxygen())
                    .systolicBp(move(v.systolicBp(), 8, 20, 300))
                    .diastolicBp(move(v.diastolicBp(), 5, 5, 200))
                    .pulse(move(v.pulse(), 5, 0, 300))
                    .consciousness(v.consciousness())
                    .temperatureCelsius(v.temperatureCelsius() == null ? null
                            : Math.round((v.temperatureCelsius() + random.nextDouble(-0.3, 0.3)) * 10) / 10.0)
                    .bloodGlucoseMmolL(v.bloodGlucoseMmolL())
                    .capillaryRefillSeconds(v.capillaryRefillSeconds())
                    .build();
        } catch (InvalidFieldException e) {
            return v;
        }
    }

    private Integer move(Integer value, int by, int min, int max) {
        return value == null ? null : Math.max(min, Math.min(max, value + random.nextInt(-by, by + 1)));
    }
}
