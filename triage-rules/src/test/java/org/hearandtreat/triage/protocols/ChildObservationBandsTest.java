package org.hearandtreat.triage.protocols;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.Period;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.hearandtreat.triage.Answer;
import org.hearandtreat.triage.Assessment;
import org.hearandtreat.triage.Disposition;
import org.hearandtreat.triage.Guidance;
import org.hearandtreat.triage.Patient;
import org.hearandtreat.triage.Sex;
import org.hearandtreat.triage.TriageEngine;
import org.hearandtreat.triage.Vitals;
import org.hearandtreat.triage.Vocabulary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Both sides of every children's observation threshold in every NICE age band (NG51/NG254 tables): at the threshold
 * the band's disposition, one step below it the next band down. Each band is tested at its youngest and oldest age,
 * so that the band edges are crossed too. The call is a minor illness with every red flag answered NO, so nothing but
 * the observation decides.
 */
class ChildObservationBandsTest {

    private static final TriageEngine ENGINE = ReferenceProtocols.engine();
    private static final String HIGH = "C2A";
    private static final String MODERATE = "EMERGENCY_DEPARTMENT/PT2H";

    private static Disposition decide(Period age, Vitals vitals) {
        Assessment.Builder b = Assessment.builder().patient(Patient.builder().age(age).sex(Sex.FEMALE).build())
                .complaint("MINOR_ILLNESS").vitals(vitals).evaluatedAt(Instant.parse("2026-11-30T10:00:00Z"))
                .answer("SYMPTOMS_NOT_IMPROVING", Answer.NO);
        for (Vocabulary.Question q : ENGINE.vocabulary().questions()) {
            if (q.redFlag() && q.appliesTo("MINOR_ILLNESS")) {
                b.answer(q.code(), Answer.NO);
            }
        }
        return ENGINE.evaluate(b.build(), Guidance.NONE).disposition();
    }

    private static final BiFunction<Integer, Integer, Vitals> PULSE = (v, x) -> Vitals.builder().pulse(v).build();
    private static final BiFunction<Integer, Integer, Vitals> BREATHING = (v, x) ->
            Vitals.builder().respirationRate(v).build();

    /** band edges (youngest, oldest), parameter, high threshold, moderate threshold (or -1 when none). */
    static Stream<Arguments> bands() {
        return Stream.of(
                Arguments.of(Period.ofDays(1), Period.ofMonths(11), "pulse", 160, 150),
                Arguments.of(Period.ofYears(1), Period.of(2, 11, 0), "pulse", 150, 140),
                Arguments.of(Period.ofYears(3), Period.of(4, 11, 0), "pulse", 140, 130),
                Arguments.of(Period.ofYears(5), Period.of(5, 11, 0), "pulse", 130, 120),
                Arguments.of(Period.ofYears(6), Period.of(7, 11, 0), "pulse", 120, 110),
                Arguments.of(Period.ofYears(8), Period.of(11, 11, 0), "pulse", 115, 105),
                Arguments.of(Period.ofDays(1), Period.ofMonths(11), "breathing", 60, 50),
                Arguments.of(Period.ofYears(1), Period.of(2, 11, 0), "breathing", 50, 40),
                Arguments.of(Period.ofYears(3), Period.of(4, 11, 0), "breathing", 40, 35),
                Arguments.of(Period.ofYears(5), Period.of(5, 11, 0), "breathing", 29, 24),
                Arguments.of(Period.ofYears(6), Period.of(7, 11, 0), "breathing", 27, 24),
                Arguments.of(Period.ofYears(8), Period.of(11, 11, 0), "breathing", 25, 22),
                Arguments.of(Period.ofYears(12), Period.of(15, 11, 0), "breathing", 25, -1),
                Arguments.of(Period.ofYears(12), Period.of(15, 11, 0), "pulse", 131, -1));
    }

    @ParameterizedTest(name = "{2} from {0} to {1}: high at {3}, moderate at {4}")
    @MethodSource("bands")
    void eachThreshold_decidesExactlyAtItsValue_atBothEndsOfItsBand(Period youngest, Period oldest, String parameter,
            int high, int moderate) {
        BiFunction<Integer, Integer, Vitals> vitals = parameter.equals("pulse") ? PULSE : BREATHING;
        for (Period age : new Period[] {youngest, oldest}) {
            assertThat(decide(age, vitals.apply(high, 0)).code()).as("%s %d at %s", parameter, high, age)
                    .isEqualTo(HIGH);
            if (moderate > 0) {
                assertThat(decide(age, vitals.apply(high - 1, 0)).code()).as("%s %d at %s", parameter, high - 1, age)
                        .isEqualTo(MODERATE);
                assertThat(decide(age, vitals.apply(moderate, 0)).code()).as("%s %d at %s", parameter, moderate, age)
                        .isEqualTo(MODERATE);
                assertThat(decide(age, vitals.apply(moderate - 1, 0)).code())
                        .as("%s %d at %s", parameter, moderate - 1, age).isNotIn(HIGH, MODERATE);
            } else {
                assertThat(decide(age, vitals.apply(high - 1, 0)).code()).as("%s %d at %s", parameter, high - 1, age)
                        .isNotEqualTo(HIGH);
            }
        }
    }
}
