package org.hearandtreat.triage.protocols;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Histogram;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.hearandtreat.triage.Answer;
import org.hearandtreat.triage.Assessment;
import org.hearandtreat.triage.Disposition;
import org.hearandtreat.triage.Guidance;
import org.hearandtreat.triage.HearAndTreat;
import org.hearandtreat.triage.ServiceKind;
import org.hearandtreat.triage.SafetyFlag;
import org.hearandtreat.triage.TriageEngine;
import org.hearandtreat.triage.TriageResult;
import org.hearandtreat.triage.Vocabulary;

/**
 * The safety invariants over the full reference rules, each over thousands of generated calls covering every
 * question, the vital-sign ranges and every patient type.
 */
class SafetyPropertiesTest {

    private static final TriageEngine ENGINE = ReferenceProtocols.engine();

    @Provide
    Arbitrary<Assessment> calls() {
        return ReferenceCalls.arbitrary();
    }

    private static Disposition decide(Assessment call) {
        return ENGINE.evaluate(call, Guidance.NONE).disposition();
    }

    @Property(tries = 2000)
    @StatisticsReport(format = Histogram.class)
    void evaluationIsDeterministicAndTotal(@ForAll("calls") Assessment call) {
        TriageResult first = ENGINE.evaluate(call);
        TriageResult again = ENGINE.evaluate(call);

        assertThat(again).isEqualTo(first);
        assertThat(first.reasons()).isNotEmpty();
        assertThat(first.decidingReason().proposed()).isEqualTo(first.disposition());
        assertThat(first.nextQuestions()).allSatisfy(q -> assertThat(call.answers()).doesNotContainKey(q.code()));
        Statistics.collect(first.disposition().isDispatch() ? "dispatch"
                : first.flagged() ? "flagged callback" : "hear and treat");
    }

    @Property(tries = 2000)
    void everyRedFlag_fromNoToYesOrUnknown_neverLowersUrgency(@ForAll("calls") Assessment call) {
        for (Vocabulary.Question q : ENGINE.vocabulary().questions()) {
            if (q.redFlag()) {
                Disposition no = decide(call.withAnswer(q.code(), Answer.NO));
                for (Answer raised : new Answer[] {Answer.YES, Answer.UNKNOWN}) {
                    Disposition after = decide(call.withAnswer(q.code(), raised));
                    assertThat(no.needsCareSoonerThan(after))
                            .as("%s: NO gives %s but %s gives %s", q.code(), no.code(), raised, after.code()).isFalse();
                }
            }
        }
    }

    /**
     * For every question, UNKNOWN is never less urgent than NO. When NO leaves the call with no protocol decision at
     * all (the engine's flagged default callback), there is no clinical decision to compare against, so that case is
     * skipped; red flags are held to the stricter monotonicity property above.
     */
    @Property(tries = 2000)
    void unknownIsNeverLessUrgentThanNo_forAnyQuestion(@ForAll("calls") Assessment call) {
        for (Vocabulary.Question q : ENGINE.vocabulary().questions()) {
            TriageResult no = ENGINE.evaluate(call.withAnswer(q.code(), Answer.NO), Guidance.NONE);
            if (no.flags().contains(SafetyFlag.DEFAULT_NO_RULE_FIRED)) {
                continue;
            }
            Disposition unknown = decide(call.withAnswer(q.code(), Answer.UNKNOWN));
            assertThat(no.disposition().needsCareSoonerThan(unknown))
                    .as("%s: NO gives %s but UNKNOWN gives %s", q.code(), no.disposition().code(), unknown.code())
                    .isFalse();
        }
    }

    @Property(tries = 3000)
    void hearAndTreatNeverWithARedFlagPresent(@ForAll("calls") Assessment call) {
        boolean redFlagPresent = call.answers().entrySet().stream().anyMatch(e -> e.getValue() != Answer.NO
                && ENGINE.vocabulary().question(e.getKey()).orElseThrow().redFlag());
        TriageResult result = ENGINE.evaluate(call, Guidance.NONE);

        if (redFlagPresent && !result.disposition().isDispatch()) {
            assertThat(((HearAndTreat) result.disposition()).kind()).isEqualTo(ServiceKind.CLINICAL_CALLBACK);
            assertThat(result.flagged()).isTrue();
        }
    }

    @Property(tries = 2000)
    void changingOnlyTheEvaluationInstant_neverChangesTheDisposition(@ForAll("calls") Assessment call) {
        Disposition now = decide(call);

        assertThat(decide(call.at(call.evaluatedAt().minusSeconds(3L * 365 * 86_400)))).isEqualTo(now);
        assertThat(decide(call.at(call.evaluatedAt().plusSeconds(86_399)))).isEqualTo(now);
    }
}
