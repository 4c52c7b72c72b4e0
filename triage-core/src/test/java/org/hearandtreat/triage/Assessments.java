package org.hearandtreat.triage;

import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators for assessments over any vocabulary: every question, vitals range and patient type. */
public final class Assessments {

    private Assessments() {
    }

    public static Arbitrary<Assessment> over(Vocabulary vocabulary) {
        List<String> codes = vocabulary.questions().stream().map(Vocabulary.Question::code).toList();
        Arbitrary<Map<String, Answer>> answers = Arbitraries.frequencyOf(
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
        Arbitrary<String> complaint = Arbitraries.of(vocabulary.complaints().stream()
                .map(Vocabulary.Complaint::code).toList());
        Arbitrary<java.time.Instant> instant = Arbitraries.longs().between(0, Duration.ofDays(3650).toSeconds())
                .map(s -> TestRuleSets.NOW.minusSeconds(s));
        return Combinators.combine(patients(), complaint, answers, vitals().injectNull(0.3), instant)
                .as(Assessment::new);
    }

    public static Arbitrary<Patient> patients() {
        Arbitrary<Integer> age = Arbitraries.integers().between(0, 110).injectNull(0.1);
        Arbitrary<Pregnancy> pregnancy = Arbitraries.oneOf(
                Arbitraries.of(Pregnancy.NOT_PREGNANT, Pregnancy.UNKNOWN, Pregnancy.POSTPARTUM),
                Arbitraries.integers().between(0, 45).injectNull(0.2).map(Pregnancy::pregnant));
        Arbitrary<AdvanceCarePlan> plan = Combinators.combine(
                        Arbitraries.of(AdvanceCarePlan.Document.class).set().ofMinSize(1),
                        Arbitraries.of(AdvanceCarePlan.CprRecommendation.class))
                .as((docs, cpr) -> new AdvanceCarePlan(EnumSet.copyOf(docs), cpr)).injectNull(0.7);
        Arbitrary<History> history = Combinators.combine(Arbitraries.of(Answer.class), Arbitraries.of(true, false),
                Arbitraries.of(true, false), plan).as(History::new);
        return Combinators.combine(age, Arbitraries.of(Sex.class), pregnancy, history).as(Patient::new);
    }

    public static Arbitrary<Vitals> vitals() {
        return Combinators.combine(
                Arbitraries.integers().between(0, 100).injectNull(0.2),
                Arbitraries.integers().between(1, 100).injectNull(0.2),
                Arbitraries.of(true, false).injectNull(0.2),
                Arbitraries.integers().between(20, 300).injectNull(0.2),
                Arbitraries.integers().between(0, 300).injectNull(0.2),
                Arbitraries.of(Consciousness.class).injectNull(0.2),
                Arbitraries.doubles().between(15.0, 45.0).ofScale(1).injectNull(0.2)
        ).as(Vitals::new);
    }
}
