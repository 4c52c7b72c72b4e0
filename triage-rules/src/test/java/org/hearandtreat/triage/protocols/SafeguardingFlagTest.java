package org.hearandtreat.triage.protocols;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.hearandtreat.triage.Answer;
import org.hearandtreat.triage.Assessment;
import org.hearandtreat.triage.Guidance;
import org.hearandtreat.triage.Patient;
import org.hearandtreat.triage.SafetyFlag;
import org.hearandtreat.triage.Sex;
import org.hearandtreat.triage.TriageEngine;
import org.hearandtreat.triage.TriageResult;
import org.hearandtreat.triage.Vocabulary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** A safeguarding concern is flagged on the result whatever the disposition, so the clinician acts on it. */
class SafeguardingFlagTest {

    private static final TriageEngine ENGINE = ReferenceProtocols.engine();

    /** An adult's minor illness with every red flag cleared: self-care unless something changes it. */
    private static Assessment minorIllness(Answer safeguarding) {
        Assessment.Builder b = Assessment.builder().patient(Patient.builder().ageYears(34).sex(Sex.MALE).build())
                .complaint("MINOR_ILLNESS").evaluatedAt(Instant.parse("2026-11-30T10:00:00Z"))
                .answer("SYMPTOMS_NOT_IMPROVING", Answer.NO).answer("SAFEGUARDING_CONCERN", safeguarding);
        for (Vocabulary.Question q : ENGINE.vocabulary().questions()) {
            if (q.redFlag() && q.appliesTo("MINOR_ILLNESS")) {
                b.answer(q.code(), Answer.NO);
            }
        }
        return b.build();
    }

    @ParameterizedTest
    @EnumSource(value = Answer.class, names = {"YES", "UNKNOWN"})
    void aSafeguardingConcern_isFlagged_andLeavesTheDispositionAsItIs(Answer concern) {
        TriageResult withConcern = ENGINE.evaluate(minorIllness(concern), Guidance.NONE);
        TriageResult without = ENGINE.evaluate(minorIllness(Answer.NO), Guidance.NONE);

        assertThat(withConcern.flags()).contains(SafetyFlag.SAFEGUARDING_CONCERN);
        assertThat(without.flags()).doesNotContain(SafetyFlag.SAFEGUARDING_CONCERN);
        assertThat(withConcern.disposition()).isEqualTo(without.disposition());
    }

    @Test
    void theSafeguardingQuestion_isAskedOnEveryCall_andMarkedInTheVocabulary() {
        Vocabulary.Question q = ENGINE.vocabulary().question("SAFEGUARDING_CONCERN").orElseThrow();

        assertThat(q.safeguarding()).isTrue();
        assertThat(q.appliesTo()).containsExactly("*");
        assertThat(ENGINE.vocabulary().questions()).filteredOn(Vocabulary.Question::safeguarding)
                .extracting(Vocabulary.Question::code)
                .containsExactlyInAnyOrder("SAFEGUARDING_CONCERN", "MH_CHILDREN_AT_RISK");
    }

    @Test
    void childrenAtRiskInAMentalHealthCrisis_isFlaggedAsSafeguarding() {
        Assessment.Builder b = Assessment.builder().patient(Patient.builder().ageYears(30).sex(Sex.FEMALE).build())
                .complaint("MENTAL_HEALTH_CRISIS").evaluatedAt(Instant.parse("2026-11-30T10:00:00Z"))
                .answer("MH_CHILDREN_AT_RISK", Answer.YES);
        for (Vocabulary.Question q : ENGINE.vocabulary().questions()) {
            if (q.redFlag() && q.appliesTo("MENTAL_HEALTH_CRISIS")) {
                b.answer(q.code(), Answer.NO);
            }
        }

        assertThat(ENGINE.evaluate(b.build(), Guidance.NONE).flags()).contains(SafetyFlag.SAFEGUARDING_CONCERN);
    }
}
