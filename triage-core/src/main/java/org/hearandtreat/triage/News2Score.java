package org.hearandtreat.triage;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * National Early Warning Score 2 (NEWS2 © Royal College of Physicians 2017) for the observations given, or why none
 * was calculated. Immutable and thread-safe; {@code status}, {@code scores}, {@code missing} and {@code note} are
 * never null, {@code total} is null when NEWS2 does not apply or no observation was given.
 *
 * <p>With some observations missing the total is {@link Status#PARTIAL}: a lower bound, since a missing parameter can
 * only add points. The engine lets a partial score raise urgency but never treats a low partial score as reassuring.
 * NEWS2 is not validated under 16 or in pregnancy (including 6 weeks after birth); then it is not applied and the
 * status says so. Scale 2 for SpO2 is used only when the patient has a prescribed target of 88–92 %.
 *
 * @param status    whether and how far NEWS2 was calculated
 * @param total     sum of the parameter scores (a lower bound when partial), or null
 * @param scores    score per scored parameter, in chart order
 * @param missing   parameters that could not be scored, in chart order
 * @param spo2Scale 1 or 2
 * @param note      a clinician-readable note on applicability
 */
public record News2Score(Status status, @Nullable Integer total, Map<Parameter, Integer> scores, List<Parameter> missing,
                         int spo2Scale, String note) {

    /** Whether and how far NEWS2 was calculated. */
    public enum Status {
        /** All seven parameters scored. */
        COMPLETE,
        /** Some parameters scored; the total is a lower bound. */
        PARTIAL,
        /** No observations given. */
        NO_OBSERVATIONS,
        /** Under 16: NEWS2 not applied. */
        NOT_APPLICABLE_UNDER_16,
        /** Pregnant or within 6 weeks of birth: NEWS2 not applied. */
        NOT_APPLICABLE_PREGNANCY
    }

    /** The NEWS2 parameters in chart order. */
    public enum Parameter {
        RESPIRATION_RATE,
        SPO2,
        AIR_OR_OXYGEN,
        SYSTOLIC_BP,
        PULSE,
        CONSCIOUSNESS,
        TEMPERATURE
    }

    public News2Score {
        InvalidFieldException.required("status", status, "a NEWS2 status");
        EnumMap<Parameter, Integer> copy = new EnumMap<>(Parameter.class);
        copy.putAll(InvalidFieldException.required("scores", scores, "scores by parameter"));
        scores = Collections.unmodifiableMap(copy);
        missing = List.copyOf(InvalidFieldException.required("missing", missing, "a list of parameters"));
        InvalidFieldException.required("note", note, "a note");
        if (spo2Scale != 1 && spo2Scale != 2) {
            throw new InvalidFieldException("spo2Scale", spo2Scale, "1 or 2");
        }
    }

    /** @return true when at least one parameter scored 3 (the RCP "red score") */
    public boolean anyParameterScored3() {
        return scores.containsValue(3);
    }

    /**
     * Scores the observations for this patient.
     *
     * @param patient    the patient (age and pregnancy decide applicability)
     * @param vitals     observations ({@link Vitals#NONE} for none)
     * @param spo2Scale2 true when the patient has a prescribed SpO2 target of 88–92 % (answered YES, never assumed)
     * @return the score
     */
    public static News2Score calculate(Patient patient, Vitals vitals, boolean spo2Scale2) {
        int scale = spo2Scale2 ? 2 : 1;
        if (patient.age() != null && Age.completedYears(patient.age()) < 16) {
            return notScored(Status.NOT_APPLICABLE_UNDER_16, scale,
                    "NEWS2 is not validated under 16 and was not applied; use a paediatric assessment");
        }
        if (patient.pregnancy().pregnantOrRecentlyPregnant()) {
            return notScored(Status.NOT_APPLICABLE_PREGNANCY, scale,
                    "NEWS2 is not validated in pregnancy or within 6 weeks of birth and was not applied");
        }
        return score(patient, vitals, scale);
    }

    /**
     * Scores the observations as NEWS2 would for a non-pregnant adult, whatever the patient's age or pregnancy. NEWS2
     * is not validated for children or in pregnancy, so this is no NEWS2 for them: rules use it as a floor, so that a
     * child of 12 to 15 or a pregnant woman is never less urgent than an adult with the same observations.
     *
     * @param vitals     observations
     * @param spo2Scale2 true when the patient has a prescribed SpO2 target of 88–92 %
     * @return the score an adult would get
     */
    public static News2Score calculateAsAdult(Vitals vitals, boolean spo2Scale2) {
        return score(null, vitals, spo2Scale2 ? 2 : 1);
    }

    private static News2Score score(@Nullable Patient patient, Vitals vitals, int scale) {
        if (vitals.nothingMeasured()) {
            return notScored(Status.NO_OBSERVATIONS, scale, "No observations were given");
        }
        Map<Parameter, Integer> scores = new EnumMap<>(Parameter.class);
        List<Parameter> missing = new java.util.ArrayList<>();
        score(scores, missing, Parameter.RESPIRATION_RATE,
                vitals.respirationRate() == null ? null : respirationRate(vitals.respirationRate()));
        score(scores, missing, Parameter.SPO2, spo2(scale, vitals.spo2(), vitals.onOxygen()));
        score(scores, missing, Parameter.AIR_OR_OXYGEN,
                vitals.onOxygen() == null ? null : (vitals.onOxygen() ? 2 : 0));
        score(scores, missing, Parameter.SYSTOLIC_BP,
                vitals.systolicBp() == null ? null : systolic(vitals.systolicBp()));
        score(scores, missing, Parameter.PULSE, vitals.pulse() == null ? null : pulse(vitals.pulse()));
        score(scores, missing, Parameter.CONSCIOUSNESS,
                vitals.consciousness() == null ? null : (vitals.consciousness() == Consciousness.ALERT ? 0 : 3));
        score(scores, missing, Parameter.TEMPERATURE,
                vitals.temperatureCelsius() == null ? null : temperature(vitals.temperatureCelsius()));
        int total = scores.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder note = new StringBuilder("SpO2 scale ").append(scale);
        if (patient == null) {
            note.append("; scored as for a non-pregnant adult, as a floor");
        } else if (patient.age() == null) {
            note.append("; age unknown, applied as an adult");
        }
        if (patient != null && patient.pregnancy().status() == Pregnancy.Status.UNKNOWN && patient.sex() != Sex.MALE) {
            note.append("; pregnancy status unknown, applied as not pregnant");
        }
        if (!missing.isEmpty()) {
            note.append("; partial score, a lower bound: missing ").append(missing);
        }
        return new News2Score(missing.isEmpty() ? Status.COMPLETE : Status.PARTIAL, total, scores, missing, scale,
                note.toString());
    }

    private static News2Score notScored(Status status, int scale, String note) {
        return new News2Score(status, null, Map.of(), List.of(), scale, note);
    }

    private static void score(Map<Parameter, Integer> scores, List<Parameter> missing, Parameter p, Integer points) {
        if (points == null) {
            missing.add(p);
        } else {
            scores.put(p, points);
        }
    }

    static int respirationRate(int rr) {
        if (rr <= 8) return 3;
        if (rr <= 11) return 1;
        if (rr <= 20) return 0;
        if (rr <= 24) return 2;
        return 3;
    }

    /** Returns null when scale 2 needs the oxygen flag to score a saturation of 93 % or more and it is unknown. */
    static Integer spo2(int scale, Integer spo2, Boolean onOxygen) {
        if (spo2 == null) {
            return null;
        }
        if (scale == 1) {
            if (spo2 <= 91) return 3;
            if (spo2 <= 93) return 2;
            if (spo2 <= 95) return 1;
            return 0;
        }
        if (spo2 <= 83) return 3;
        if (spo2 <= 85) return 2;
        if (spo2 <= 87) return 1;
        if (spo2 <= 92) return 0;
        if (onOxygen == null) return null;
        if (!onOxygen) return 0;
        if (spo2 <= 94) return 1;
        if (spo2 <= 96) return 2;
        return 3;
    }

    static int systolic(int sbp) {
        if (sbp <= 90) return 3;
        if (sbp <= 100) return 2;
        if (sbp <= 110) return 1;
        if (sbp <= 219) return 0;
        return 3;
    }

    static int pulse(int hr) {
        if (hr <= 40) return 3;
        if (hr <= 50) return 1;
        if (hr <= 90) return 0;
        if (hr <= 110) return 1;
        if (hr <= 130) return 2;
        return 3;
    }

    /** Bands are read as continuous intervals: 35.0 &lt; t ≤ 36.0 scores 1, and so on. */
    static int temperature(double t) {
        if (t <= 35.0) return 3;
        if (t <= 36.0) return 1;
        if (t <= 38.0) return 0;
        if (t <= 39.0) return 1;
        return 2;
    }
}
