package org.hearandtreat.triage.protocols;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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

    @Provide
    Arbitrary<Assessment> assessments() {
        return Assessments.over(ReferenceProtocols.engine().vocabulary());
    }

    @Property(tries = 300)
    void everyRedFlag_fromNoToYesOrUnknown_neverLowersUrgency(@ForAll("assessments") Assessment assessment) {
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
