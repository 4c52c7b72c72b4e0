package org.hearandtreat.triage.protocols;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.hearandtreat.triage.Assessment;
import org.hearandtreat.triage.NextQuestion;
import org.hearandtreat.triage.Patient;
import org.hearandtreat.triage.Pregnancy;
import org.hearandtreat.triage.HearAndTreat;
import org.hearandtreat.triage.ServiceKind;
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
        Patient patient = Patient.builder().ageYears(40).sex(Sex.FEMALE).pregnancy(Pregnancy.NOT_PREGNANT).build();
        TriageResult result = ReferenceProtocols.engine().evaluate(Assessment.builder().patient(patient)
                .complaint(complaint).evaluatedAt(Instant.parse("2026-11-23T14:05:00Z")).build());

        var applicableRedFlags = ReferenceProtocols.ruleSet().vocabulary().questions().stream()
                .filter(q -> q.redFlag() && q.appliesTo(complaint, patient)).map(Vocabulary.Question::code).toList();
        assertThat(result.nextQuestions()).filteredOn(NextQuestion::redFlag).extracting(NextQuestion::code)
                .containsExactlyElementsOf(applicableRedFlags);
        assertThat(((HearAndTreat) result.disposition()).kind()).isEqualTo(ServiceKind.CLINICAL_CALLBACK);
        assertThat(result.flagged()).isTrue();
    }
}
