package org.hearandtreat.triage.protocols;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.hearandtreat.triage.Answer;
import org.hearandtreat.triage.Vocabulary;
import org.junit.jupiter.api.Test;

/** Every red flag has a positive case (YES or UNKNOWN, dispatched) and a near-miss case (answered NO). */
class RedFlagCoverageTest {

    @Test
    void everyRedFlagHasAPositiveAndANearMissCase() {
        Set<String> withoutPositive = new TreeSet<>();
        Set<String> withoutNearMiss = new TreeSet<>();
        for (Vocabulary.Question q : ReferenceProtocols.ruleSet().vocabulary().questions()) {
            if (!q.redFlag()) {
                continue;
            }
            boolean positive = ReferenceProtocols.cases().stream().anyMatch(f -> {
                Answer a = f.triageCase().assessment().answers().get(q.code());
                return (a == Answer.YES || a == Answer.UNKNOWN) && ReferenceProtocols.expected(f.triageCase()).isDispatch();
            });
            boolean nearMiss = ReferenceProtocols.cases().stream().anyMatch(f ->
                    f.triageCase().assessment().answers().get(q.code()) == Answer.NO
                            && q.appliesTo(f.triageCase().assessment().complaint()));
            if (!positive) {
                withoutPositive.add(q.code());
            }
            if (!nearMiss) {
                withoutNearMiss.add(q.code());
            }
        }

        assertThat(withoutPositive).as("red flags with no case answering YES or UNKNOWN that dispatches").isEmpty();
        assertThat(withoutNearMiss).as("red flags with no near-miss case answering NO").isEmpty();
    }
}
