package org.hearandtreat.triage.benchmarks;

import java.time.Duration;
import java.util.Map;
import org.hearandtreat.triage.Age;
import org.hearandtreat.triage.Answer;
import org.hearandtreat.triage.Assessment;
import org.hearandtreat.triage.C2Segment;
import org.hearandtreat.triage.Dispatch;
import org.hearandtreat.triage.Disposition;
import org.hearandtreat.triage.HearAndTreat;
import org.hearandtreat.triage.News2Score;
import org.hearandtreat.triage.Vitals;
import org.hearandtreat.triage.Vocabulary;

/**
 * The physical floor for one protocol: the falls decisions of the reference rules (falls, the immediate threats and
 * what vital signs prove of them, FAST, NEWS2 escalation, high-risk observations in pregnancy and the general
 * discriminators, which are what a falls call can trigger) and the
 * engine's safety policy, hand-written as plain Java with no explanation, advice or guidance. It exists only to be
 * measured against the engine in the same JMH run; {@link FallsBaselineBenchmark} checks both agree on every falls
 * case before measuring. Stateless and thread-safe.
 */
final class HandWrittenFalls {

    private static final String[] FALL_RED_FLAGS = {"FALL_INTENSE_PAIN", "FALL_SUSPECTED_COLLAPSE",
            "FALL_HEAD_NECK_BACK_INJURY", "FALL_UNUSUAL_BEHAVIOUR", "FALL_MARKED_BREATHING_DIFFICULTY",
            "FALL_BLEEDING_FREELY", "FALL_LOSS_OF_CONSCIOUSNESS", "FALL_FRACTURE_SIGNS", "FALL_LONG_LIE"};
    private static final String[] EVERY_CALL_RED_FLAGS = {"NOT_BREATHING_NORMALLY", "UNRESPONSIVE", "CPR_IN_PROGRESS",
            "CHOKING", "ANAPHYLAXIS_FEATURES"};
    private static final Disposition C1 = Dispatch.category1();
    private static final Disposition C2A = Dispatch.category2(C2Segment.A);
    private static final Disposition C2B = Dispatch.category2(C2Segment.B);
    private static final Disposition C3 = Dispatch.category3();
    private static final Disposition C4 = Dispatch.category4();
    private static final Duration HOUR = Duration.ofHours(1);
    private static final HearAndTreat CALLBACK = refer("CLINICAL_CALLBACK", HOUR);
    private static final HearAndTreat CALLBACK_30_MINUTES = refer("CLINICAL_CALLBACK", Duration.ofMinutes(30));
    private static final HearAndTreat EMERGENCY_DEPARTMENT_1_HOUR = refer("EMERGENCY_DEPARTMENT", HOUR);
    private static final HearAndTreat FALLS_RESPONSE_2_HOURS = refer("FALLS_RESPONSE", Duration.ofHours(2));
    private static final HearAndTreat URGENT_COMMUNITY_RESPONSE = refer("URGENT_COMMUNITY_RESPONSE", null);
    private static final HearAndTreat GP_6_HOURS = refer("GP", Duration.ofHours(6));
    private static final HearAndTreat GP_24_HOURS = refer("GP", Duration.ofHours(24));

    private HandWrittenFalls() {
    }

    private static HearAndTreat refer(String service, Duration within) {
        return Vocabulary.STANDARD_SERVICES.stream().filter(s -> s.code().equals(service)).findFirst().orElseThrow()
                .refer(within);
    }

    static Disposition triage(Assessment call) {
        Map<String, Answer> a = call.answers();
        boolean noCpr = call.patient().advanceCarePlan() != null && call.patient().advanceCarePlan().noCpr();
        boolean expectedDeath = a.get("EXPECTED_DEATH") == Answer.YES;
        Vitals v = call.vitals();
        boolean noBreathingOnVitals = Integer.valueOf(0).equals(v.respirationRate()) || Integer.valueOf(0).equals(v.pulse());
        boolean unresponsiveOnVitals = v.consciousness() == org.hearandtreat.triage.Consciousness.UNRESPONSIVE;
        boolean arrest = yes(a, "NOT_BREATHING_NORMALLY") || yes(a, "UNRESPONSIVE") || yes(a, "CPR_IN_PROGRESS")
                || noBreathingOnVitals || unresponsiveOnVitals;
        if (arrest && !(noCpr && expectedDeath) || yes(a, "CHOKING") || yes(a, "ANAPHYLAXIS_FEATURES")) {
            return C1;
        }
        News2Score news2 = News2Score.calculate(call.patient(), v,
                call.patient().history().get("COPD_SPO2_TARGET_88_92") == Answer.YES);
        boolean fast = yes(a, "FAST_POSITIVE");
        boolean pregnantHighRisk = call.patient().pregnancy().pregnantOrRecentlyPregnant()
                && (atLeast(v.respirationRate(), 25) || above(v.pulse(), 130)
                || atMost(v.systolicBp(), 90) || below(v.spo2(), 92)
                || v.consciousness() != null && v.consciousness() != org.hearandtreat.triage.Consciousness.ALERT);
        double ageDays = call.patient().age() == null ? Double.NaN : Age.inDays(call.patient().age());
        boolean adultOrUnknown = Double.isNaN(ageDays) || ageDays >= 16 * Age.DAYS_PER_YEAR;
        boolean shock = adultOrUnknown && below(v.systolicBp(), 91) && atLeast(v.pulse(), 131);
        if (fast || shock || yes(a, "FALL_MARKED_BREATHING_DIFFICULTY") || yes(a, "FALL_BLEEDING_FREELY")
                || news2.total() != null && news2.total() >= 7 || pregnantHighRisk) {
            return C2A;
        }
        if (yes(a, "FALL_SUSPECTED_COLLAPSE") || yes(a, "FALL_HEAD_NECK_BACK_INJURY")
                || yes(a, "FALL_UNUSUAL_BEHAVIOUR") || yes(a, "FALL_LOSS_OF_CONSCIOUSNESS")) {
            return C2B;
        }
        boolean anticoagulated = call.patient().history().get("ANTICOAGULATED_OR_BLEEDING_DISORDER") != Answer.NO;
        Answer headStruck = a.get("FALL_HEAD_STRUCK");
        boolean headStrike = headStruck == Answer.YES || headStruck == Answer.UNKNOWN;
        boolean cannotGetUp = yes(a, "FALL_CANNOT_GET_UP");
        boolean edCriteria = a.get("HEAD_INJURY_ED_CRITERIA") == Answer.YES;
        if (yes(a, "FALL_INTENSE_PAIN") || yes(a, "FALL_FRACTURE_SIGNS") || yes(a, "FALL_LONG_LIE")
                || headStrike && (anticoagulated || edCriteria) && cannotGetUp
                || news2.total() != null && (news2.total() >= 5 || news2.anyParameterScored3())) {
            return C3;
        }
        if (arrest) {
            return C4;
        }
        boolean infantFever = (Double.isNaN(ageDays) || ageDays < 3 * Age.DAYS_PER_MONTH)
                && (v.temperatureCelsius() != null && v.temperatureCelsius() >= 38.0 || a.get("FEVER_REPORTED") == Answer.YES);
        boolean amberFever = (Double.isNaN(ageDays) || ageDays >= 3 * Age.DAYS_PER_MONTH && ageDays < 6 * Age.DAYS_PER_MONTH)
                && v.temperatureCelsius() != null && v.temperatureCelsius() >= 39.0;
        HearAndTreat referral = null;
        if (a.get("GD_SEVERE_PAIN") == Answer.YES) {
            referral = CALLBACK_30_MINUTES;
        } else if (headStrike && (anticoagulated || edCriteria) || infantFever) {
            referral = EMERGENCY_DEPARTMENT_1_HOUR;
        } else if (cannotGetUp) {
            referral = FALLS_RESPONSE_2_HOURS;
        } else if (a.get("FALL_CANNOT_GET_UP") == Answer.NO && a.get("FALL_FRAIL_OR_RECURRENT") == Answer.YES) {
            referral = URGENT_COMMUNITY_RESPONSE;
        } else if (amberFever) {
            referral = GP_6_HOURS;
        } else if (a.get("FALL_CANNOT_GET_UP") == Answer.NO && a.get("FALL_FRAIL_OR_RECURRENT") == Answer.NO) {
            referral = GP_24_HOURS;
        }
        if (referral == null) {
            return CALLBACK;
        }
        Disposition withheld = referral == CALLBACK_30_MINUTES ? CALLBACK_30_MINUTES : CALLBACK;
        for (String flag : EVERY_CALL_RED_FLAGS) {
            if (!a.containsKey(flag)) {
                return withheld;
            }
        }
        for (String flag : FALL_RED_FLAGS) {
            if (!a.containsKey(flag)) {
                return withheld;
            }
        }
        return a.containsKey("FAST_POSITIVE") ? referral : withheld;
    }

    private static boolean yes(Map<String, Answer> answers, String code) {
        Answer answer = answers.get(code);
        return answer == Answer.YES || answer == Answer.UNKNOWN;
    }

    private static boolean atLeast(Integer value, int bound) {
        return value != null && value >= bound;
    }

    private static boolean above(Integer value, int bound) {
        return value != null && value > bound;
    }

    private static boolean atMost(Integer value, int bound) {
        return value != null && value <= bound;
    }

    private static boolean below(Integer value, int bound) {
        return value != null && value < bound;
    }

}
