package org.hearandtreat.triage.protocols;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.hearandtreat.triage.Answer;
import org.hearandtreat.triage.Assessment;
import org.hearandtreat.triage.Assessments;
import org.hearandtreat.triage.Patient;
import org.hearandtreat.triage.Vocabulary;

/**
 * Generated calls over the full reference vocabulary, shaped like real ones: one complaint, its own questions mostly
 * answered NO with an occasional YES or UNKNOWN, other complaints' questions now and then, every patient type
 * (age from days to 130 years, sex, pregnancy, risk factors answered or not, care plans) and vital signs across their whole valid ranges half of the time. Half
 * the calls have every red flag of their complaint cleared (answered NO), as calls that reach hear and treat do.
 * Uniformly random answers would put almost every call at C1 and test little.
 */
final class ReferenceCalls {

    static final Instant AT = Instant.parse("2026-11-23T14:05:00Z");

    private ReferenceCalls() {
    }

    static Arbitrary<Assessment> arbitrary() {
        Vocabulary vocabulary = ReferenceProtocols.engine().vocabulary();
        List<Vocabulary.Question> questions = vocabulary.questions();
        List<Vocabulary.RiskFactor> riskFactors = vocabulary.riskFactors();
        Arbitrary<String> complaint = Arbitraries.of(vocabulary.complaints().stream()
                .map(Vocabulary.Complaint::code).toList());
        Arbitrary<List<Answer>> answers = Arbitraries.frequencyOf(
                        Tuple.of(2, Arbitraries.just((Answer) null)), Tuple.of(12, Arbitraries.just(Answer.NO)),
                        Tuple.of(1, Arbitraries.just(Answer.YES)), Tuple.of(1, Arbitraries.just(Answer.UNKNOWN)))
                .list().ofSize(questions.size());
        Arbitrary<List<Answer>> history = Arbitraries.frequencyOf(
                        Tuple.of(3, Arbitraries.just((Answer) null)), Tuple.of(4, Arbitraries.just(Answer.NO)),
                        Tuple.of(2, Arbitraries.just(Answer.YES)), Tuple.of(1, Arbitraries.just(Answer.UNKNOWN)))
                .list().ofSize(riskFactors.size());
        Arbitrary<Patient> patients = Combinators.combine(Assessments.patients(), history).as((patient, answered) -> {
            Patient.Builder b = patient.toBuilder();
            for (int i = 0; i < riskFactors.size(); i++) {
                if (answered.get(i) != null) {
                    b.history(riskFactors.get(i).code(), answered.get(i));
                }
            }
            return b.build();
        });
        return Combinators.combine(complaint, patients, answers, Arbitraries.integers().between(0, 6),
                        Assessments.vitals().injectNull(0.5), Arbitraries.of(true, false))
                .as((c, patient, list, others, vitals, cleared) -> {
                    Map<String, Answer> map = new LinkedHashMap<>();
                    for (int i = 0; i < questions.size(); i++) {
                        Vocabulary.Question q = questions.get(i);
                        if (cleared && q.redFlag() && q.appliesTo(c, patient)) {
                            map.put(q.code(), Answer.NO);
                        } else if (list.get(i) != null && (q.appliesTo(c) || others > 0 && i % (others + 6) == 0)) {
                            map.put(q.code(), list.get(i));
                        }
                    }
                    return new Assessment(patient, c, map, vitals, AT);
                });
    }
}
