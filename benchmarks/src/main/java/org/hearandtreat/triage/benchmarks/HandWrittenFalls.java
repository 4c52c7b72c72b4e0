package org.hearandtreat.triage.benchmarks;

import java.time.Duration;
import java.util.Map;
import org.hearandtreat.triage.Answer;
import org.hearandtreat.triage.Assessment;
import org.hearandtreat.triage.C2Segment;
import org.hearandtreat.triage.Dispatch;
import org.hearandtreat.triage.Disposition;
import org.hearandtreat.triage.HearAndTreat;
import org.hearandtreat.triage.News2Score;
import org.hearandtreat.triage.Pathway;

/**
 * The physical floor for one protocol: the falls decisions of the reference rules (falls, the immediate threats,
 * FAST, NEWS2 escalation and high-risk observations in pregnancy, which are what a falls call can trigger) and the
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
    private static final Disposition CALLBACK = new HearAndTreat(Pathway.CLINICAL_CALLBACK, Duration.ofHours(1));

    private HandWrittenFalls() {
    }

    static Disposition triage(Assessment call) {
        Map<String, Answer> a = call.answers();
        boolean noCpr = call.patient().history().advanceCarePlan() != null
                && call.patient().history().advanceCarePlan().noCpr();
        boolean expectedDeath = a.get("EXPECTED_DEATH") == Answer.YES;
        boolean arrest = yes(a, "NOT_BREATHING_NORMALLY") || yes(a, "UNRESPONSIVE") || yes(a, "CPR_IN_PROGRESS");
        if (arrest && !(noCpr && expectedDeath) || yes(a, "CHOKING") || yes(a, "ANAPHYLAXIS_FEATURES")) {
            return C1;
        }
        News2Score news2 = News2Score.calculate(call.patient(), call.vitals());
        boolean fast = yes(a, "FAST_POSITIVE");
        boolean pregnantHighRisk = call.patient().pregnancy().pregnantOrRecentlyPregnant() && call.vitals() != null
                && (atLeast(call.vitals().respirationRate(), 25) || above(call.vitals().pulse(), 130)
                || atMost(call.vitals().systolicBp(), 90) || below(call.vitals().spo2(), 92)
                || call.vitals().consciousness() != null
                && call.vitals().consciousness() != org.hearandtreat.triage.Consciousness.ALERT);
        if (fast || yes(a, "FALL_MARKED_BREATHING_DIFFICULTY") || yes(a, "FALL_BLEEDING_FREELY")
                || news2.total() != null && news2.total() >= 7 || pregnantHighRisk) {
            return C2A;
        }
        if (yes(a, "FALL_SUSPECTED_COLLAPSE") || yes(a, "FALL_HEAD_NECK_BACK_INJURY")
                || yes(a, "FALL_UNUSUAL_BEHAVIOUR") || yes(a, "FALL_LOSS_OF_CONSCIOUSNESS")) {
            return C2B;
        }
        boolean anticoagulated = call.patient().history().anticoagulatedOrBleedingDisorder() != Answer.NO;
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
        Disposition referral = null;
        if (headStrike && (anticoagulated || edCriteria)) {
            referral = new HearAndTreat(Pathway.EMERGENCY_DEPARTMENT, Duration.ofHours(1));
        } else if (cannotGetUp) {
            referral = new HearAndTreat(Pathway.FALLS_RESPONSE, Duration.ofHours(2));
        } else if (a.get("FALL_CANNOT_GET_UP") == Answer.NO && a.get("FALL_FRAIL_OR_RECURRENT") == Answer.YES) {
            referral = new HearAndTreat(Pathway.URGENT_COMMUNITY_RESPONSE, null);
        } else if (a.get("FALL_CANNOT_GET_UP") == Answer.NO && a.get("FALL_FRAIL_OR_RECURRENT") == Answer.NO) {
            referral = new HearAndTreat(Pathway.GP, Duration.ofHours(24));
        }
        if (referral == null) {
            return CALLBACK;
        }
        for (String flag : EVERY_CALL_RED_FLAGS) {
            if (!a.containsKey(flag)) {
                return CALLBACK;
            }
        }
        for (String flag : FALL_RED_FLAGS) {
            if (!a.containsKey(flag)) {
                return CALLBACK;
            }
        }
        return a.containsKey("FAST_POSITIVE") ? referral : CALLBACK;
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
