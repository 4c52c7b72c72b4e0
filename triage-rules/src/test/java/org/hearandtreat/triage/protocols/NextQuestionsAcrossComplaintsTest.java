package org.hearandtreat.triage.protocols;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.hearandtreat.triage.Assessment;
import org.hearandtreat.triage.History;
import org.hearandtreat.triage.NextQuestion;
import org.hearandtreat.triage.Patient;
import org.hearandtreat.triage.Pathway;
import org.hearandtreat.triage.Pregnancy;
import org.hearandtreat.triage.HearAndTreat;
import org.hearandtreat.triage.Sex;
import org.hearandtreat.triage.TriageResult;
import org.hearandtreat.triage.Vocabulary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** For every complaint, an unasked call lists every applicable red flag and cannot end in hear and treat. */
class NextQuestionsAcrossComplaintsTest {

    static java.util.List<String> complaints() {
        return ReferenceProtocols.ruleSet().vocabulary().complaints().stream().map(Vocabulary.Complaint::code).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("complaints")
    void unaskedCall_listsEveryApplicableRedFlag_andIsNotHearAndTreat(String complaint) {
        Patient patient = new Patient(40, Sex.FEMALE, Pregnancy.NOT_PREGNANT, History.NONE_KNOWN);
        TriageResult result = ReferenceProtocols.engine().evaluate(
                new Assessment(patient, complaint, Map.of(), null, Instant.parse("2026-11-23T14:05:00Z")));

        var applicableRedFlags = ReferenceProtocols.ruleSet().vocabulary().questions().stream()
                .filter(q -> q.redFlag() && q.appliesTo(complaint)).map(Vocabulary.Question::code).toList();
        assertThat(result.nextQuestions()).filteredOn(NextQuestion::redFlag).extracting(NextQuestion::code)
                .containsExactlyElementsOf(applicableRedFlags);
        assertThat(result.disposition()).isEqualTo(new HearAndTreat(Pathway.CLINICAL_CALLBACK,
                ((HearAndTreat) result.disposition()).within()));
        assertThat(result.flagged()).isTrue();
    }
}
