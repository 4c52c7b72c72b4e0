package org.hearandtreat.triage;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the engine and its safety policy, over generated assessments. */
class EnginePropertiesTest {

    private static final TriageEngine ENGINE = TriageEngine.create(TestRuleSets.policy());

    @Provide
    Arbitrary<Assessment> assessments() {
        return Assessments.over(ENGINE.vocabulary());
    }

    @Property(tries = 1000)
    void engineIsTotalAndDeterministic(@ForAll("assessments") Assessment assessment) {
        TriageResult first = ENGINE.evaluate(assessment);
        TriageResult second = ENGINE.evaluate(assessment);

        assertThat(second).isEqualTo(first);
        assertThat(first.reasons()).isNotEmpty();
        assertThat(first.decidingReason().role()).isEqualTo(Reason.Role.SELECTED);
        assertThat(first.decidingReason().proposed()).isEqualTo(first.disposition());
        assertThat(first.reasons()).filteredOn(r -> r.role() == Reason.Role.SELECTED).hasSize(1);
    }

    @Property(tries = 500)
    void redFlagFromNoToYesOrUnknown_neverLowersUrgency(@ForAll("assessments") Assessment assessment) {
        for (Vocabulary.Question q : ENGINE.vocabulary().questions()) {
            if (!q.redFlag()) {
                continue;
            }
            Disposition no = ENGINE.evaluate(assessment.withAnswer(q.code(), Answer.NO)).disposition();
            for (Answer raised : new Answer[] {Answer.YES, Answer.UNKNOWN}) {
                Disposition after = ENGINE.evaluate(assessment.withAnswer(q.code(), raised)).disposition();
                assertThat(no.needsCareSoonerThan(after))
                        .as("%s NO gives %s but %s gives %s", q.code(), no.code(), raised, after.code())
                        .isFalse();
            }
        }
    }

    @Property(tries = 1000)
    void redFlagPresent_meansDispatchOrAFlaggedCallback_neverAReferral(@ForAll("assessments") Assessment assessment) {
        boolean redFlagPresent = ENGINE.vocabulary().questions().stream().anyMatch(q -> q.redFlag()
                && assessment.answers().containsKey(q.code()) && assessment.answers().get(q.code()) != Answer.NO);
        TriageResult result = ENGINE.evaluate(assessment);

        if (redFlagPresent && !result.disposition().isDispatch()) {
            HearAndTreat callback = (HearAndTreat) result.disposition();
            assertThat(callback.service()).isEqualTo(ENGINE.vocabulary().defaults().callbackService());
            assertThat(callback.kind()).isEqualTo(ServiceKind.CLINICAL_CALLBACK);
            assertThat(result.flagged()).isTrue();
        }
    }

    @Property(tries = 500)
    void evaluationInstant_neverChangesTheDisposition(@ForAll("assessments") Assessment assessment) {
        Disposition now = ENGINE.evaluate(assessment).disposition();
        Disposition later = ENGINE.evaluate(assessment.at(assessment.evaluatedAt().plusSeconds(86_400 * 400))).disposition();

        assertThat(later).isEqualTo(now);
    }
}
