package org.hearandtreat.triage.protocols;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Histogram;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.hearandtreat.triage.Answer;
import org.hearandtreat.triage.Assessment;
import org.hearandtreat.triage.Assessments;
import org.hearandtreat.triage.Disposition;
import org.hearandtreat.triage.HearAndTreat;
import org.hearandtreat.triage.Pathway;
import org.hearandtreat.triage.TriageResult;
import org.hearandtreat.triage.Vocabulary;

/** Safety invariants over the full reference rule set. */
class ReferencePropertiesTest {

    /**
     * Calls shaped like real ones: one complaint, its own questions mostly answered NO with an occasional YES or
     * UNKNOWN, other complaints' questions mostly not asked. Uniformly random answers would put almost every call at
     * C1 and test little.
     */
    @Provide
    Arbitrary<Assessment> assessments() {
        Vocabulary vocabulary = ReferenceProtocols.engine().vocabulary();
        Arbitrary<String> complaint = Arbitraries.of(vocabulary.complaints().stream()
                .map(Vocabulary.Complaint::code).toList());
        return complaint.flatMap(c -> {
            List<Vocabulary.Question> questions = vocabulary.questions();
            Arbitrary<List<Answer>> answers = Arbitraries.frequencyOf(
                    Tuple.of(2, Arbitraries.just((Answer) null)), Tuple.of(12, Arbitraries.just(Answer.NO)),
                    Tuple.of(1, Arbitraries.just(Answer.YES)), Tuple.of(1, Arbitraries.just(Answer.UNKNOWN)))
                    .list().ofSize(questions.size());
            Arbitrary<Boolean> askOthers = Arbitraries.of(true, false);
            return Combinators.combine(Assessments.patients(), answers, askOthers, Assessments.vitals().injectNull(0.5))
                    .as((patient, list, others, vitals) -> {
                        Map<String, Answer> map = new LinkedHashMap<>();
                        for (int i = 0; i < questions.size(); i++) {
                            Vocabulary.Question q = questions.get(i);
                            if (list.get(i) != null && (q.appliesTo(c) || others && i % 7 == 0)) {
                                map.put(q.code(), list.get(i));
                            }
                        }
                        return new Assessment(patient, c, map, vitals, Instant.parse("2026-11-23T14:05:00Z"));
                    });
        });
    }

    @Property(tries = 300)
    @StatisticsReport(format = Histogram.class)
    void everyRedFlag_fromNoToYesOrUnknown_neverLowersUrgency(@ForAll("assessments") Assessment assessment) {
        Statistics.collect(ReferenceProtocols.engine().evaluate(assessment).disposition().isDispatch()
                ? "dispatch" : "hear and treat or callback");
        for (Vocabulary.Question q : ReferenceProtocols.engine().vocabulary().questions()) {
            if (!q.redFlag()) {
                continue;
            }
            Disposition no = ReferenceProtocols.engine().evaluate(assessment.withAnswer(q.code(), Answer.NO))
                    .disposition();
            for (Answer raised : new Answer[] {Answer.YES, Answer.UNKNOWN}) {
                Disposition after = ReferenceProtocols.engine().evaluate(assessment.withAnswer(q.code(), raised))
                        .disposition();
                assertThat(no.isMoreUrgentThan(after))
                        .as("%s: NO gives %s but %s gives %s", q.code(), no.code(), raised, after.code()).isFalse();
            }
        }
    }

    @Property(tries = 1000)
    void redFlagPresent_neverEndsInAReferral(@ForAll("assessments") Assessment assessment) {
        var vocabulary = ReferenceProtocols.engine().vocabulary();
        boolean redFlagPresent = assessment.answers().entrySet().stream().anyMatch(e -> e.getValue() != Answer.NO
                && vocabulary.question(e.getKey()).orElseThrow().redFlag());
        TriageResult result = ReferenceProtocols.engine().evaluate(assessment);

        assertThat(result.reasons()).isNotEmpty();
        if (redFlagPresent && !result.disposition().isDispatch()) {
            assertThat(((HearAndTreat) result.disposition()).pathway()).isEqualTo(Pathway.CLINICAL_CALLBACK);
            assertThat(result.flagged()).isTrue();
        }
    }
}
