package org.hearandtreat.triage.protocols;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.hearandtreat.triage.Age;
import org.hearandtreat.triage.Answer;
import org.hearandtreat.triage.Assessment;
import org.hearandtreat.triage.Assessments;
import org.hearandtreat.triage.Consciousness;
import org.hearandtreat.triage.Disposition;
import org.hearandtreat.triage.Guidance;
import org.hearandtreat.triage.Patient;
import org.hearandtreat.triage.SafetyFlag;
import org.hearandtreat.triage.TriageEngine;
import org.hearandtreat.triage.TriageResult;
import org.hearandtreat.triage.VitalSignFinding;
import org.hearandtreat.triage.Vitals;
import org.hearandtreat.triage.Vocabulary;

/**
 * Findings decide, complaints only order the questions: a red flag gives at least the urgency of its own protocol
 * whichever complaint the call was opened under; vital signs that contradict an answer never lower urgency; advice is
 * never given to a patient its age restriction excludes.
 */
class FindingsAcrossComplaintsTest {

    private static final TriageEngine ENGINE = ReferenceProtocols.engine();
    private static final Vocabulary VOCABULARY = ENGINE.vocabulary();

    private static Disposition decide(Assessment call) {
        return ENGINE.evaluate(call, Guidance.NONE).disposition();
    }

    private static List<String> complaints() {
        return VOCABULARY.complaints().stream().map(Vocabulary.Complaint::code).toList();
    }

    private static List<Vocabulary.Question> redFlags() {
        return VOCABULARY.questions().stream().filter(Vocabulary.Question::redFlag).toList();
    }

    /** The call reopened under another complaint, keeping what the first complaint stated as findings. */
    private static Assessment reopened(Assessment call, String complaint) {
        Assessment moved = call.withComplaint(complaint);
        for (String implied : VOCABULARY.complaint(call.complaint()).orElseThrow().implies()) {
            moved = moved.withAnswer(implied, Answer.YES);
        }
        return moved;
    }

    @Example
    void everyRedFlag_underEveryComplaint_isAtLeastAsUrgentAsUnderItsOwnProtocol() {
        Patient adult = Patient.builder().age(Period.ofYears(40)).build();
        List<String> lowered = new ArrayList<>();
        int pairs = 0;
        for (Vocabulary.Question q : redFlags()) {
            for (String own : complaints()) {
                if (!q.appliesTo(own)) {
                    continue;
                }
                Assessment call = Assessment.builder().patient(adult).complaint(own).answer(q.code(), Answer.YES)
                        .evaluatedAt(ReferenceCalls.AT).build();
                Disposition underOwn = decide(call);
                for (String other : complaints()) {
                    Disposition underOther = decide(reopened(call, other));
                    pairs++;
                    if (underOwn.needsCareSoonerThan(underOther)) {
                        lowered.add(q.code() + ": " + own + " gives " + underOwn.code() + ", " + other + " gives "
                                + underOther.code());
                    }
                }
            }
        }

        assertThat(lowered).as("red flags that lose urgency under another complaint").isEmpty();
        assertThat(pairs).isGreaterThanOrEqualTo(redFlags().size() * complaints().size());
    }

    @Provide
    Arbitrary<Assessment> calls() {
        return ReferenceCalls.arbitrary();
    }

    @Provide
    Arbitrary<Vocabulary.Question> redFlag() {
        return Arbitraries.of(redFlags());
    }

    @Provide
    Arbitrary<String> complaint() {
        return Arbitraries.of(complaints());
    }

    /** The same, inside whatever else the call holds: other answers, vitals, age, pregnancy, risk factors. */
    @Property(tries = 2000)
    @StatisticsReport(format = net.jqwik.api.statistics.Histogram.class)
    void aRedFlagAnsweredYes_isNeverLessUrgentUnderAnotherComplaint(@ForAll("calls") Assessment call,
            @ForAll("redFlag") Vocabulary.Question q, @ForAll("complaint") String other) {
        String own = q.universal() ? call.complaint() : q.appliesTo().get(0);
        Assessment underOwn = call.withComplaint(own).withAnswer(q.code(), Answer.YES);
        Disposition ownDisposition = decide(underOwn);
        Disposition otherDisposition = decide(reopened(underOwn, other));

        assertThat(ownDisposition.needsCareSoonerThan(otherDisposition))
                .as("%s under %s gives %s, under %s gives %s", q.code(), own, ownDisposition.code(), other,
                        otherDisposition.code()).isFalse();
        Statistics.collect(ownDisposition.isDispatch() ? "dispatch under its own protocol" : "callback");
        Statistics.coverage(c -> c.check("dispatch under its own protocol").percentage(p -> p > 50));
    }

    private static Vitals showing(Vitals vitals, VitalSignFinding finding) {
        return switch (finding) {
            case CONSCIOUSNESS_UNRESPONSIVE -> vitals.withConsciousness(Consciousness.UNRESPONSIVE);
            case NO_RESPIRATION -> vitals.withRespirationRate(0);
            case NO_PULSE -> vitals.withPulse(0);
        };
    }

    private static boolean unmeasured(Vitals vitals, VitalSignFinding finding) {
        return switch (finding) {
            case CONSCIOUSNESS_UNRESPONSIVE -> vitals.consciousness() == null;
            case NO_RESPIRATION -> vitals.respirationRate() == null;
            case NO_PULSE -> vitals.pulse() == null;
        };
    }

    @Property(tries = 1000)
    void vitalsContradictingAnAnswer_neverLowerUrgency_andAreFlagged(@ForAll("calls") Assessment call) {
        for (Vocabulary.Question q : VOCABULARY.questions()) {
            for (VitalSignFinding finding : q.impliedBy()) {
                Assessment contradicted = call.withAnswer(q.code(), Answer.NO)
                        .withVitals(showing(call.vitals(), finding));
                TriageResult result = ENGINE.evaluate(contradicted, Guidance.NONE);
                Disposition answeredYes = decide(contradicted.withAnswer(q.code(), Answer.YES));
                Disposition withoutTheReading = decide(call.withAnswer(q.code(), Answer.NO));

                assertThat(answeredYes.needsCareSoonerThan(result.disposition()))
                        .as("%s NO with %s gives %s, YES gives %s", q.code(), finding, result.disposition().code(),
                                answeredYes.code()).isFalse();
                if (unmeasured(call.vitals(), finding)) {
                    // Only a reading added to what was measured: one that replaces another value (a pulse of 131
                    // becoming 0) changes more than the finding.
                    assertThat(withoutTheReading.needsCareSoonerThan(result.disposition()))
                            .as("adding %s to %s", finding, call.vitals()).isFalse();
                }
                assertThat(result.flags()).contains(SafetyFlag.VITALS_CONTRADICT_ANSWERS);
                assertThat(result.findingsFromVitals()).anySatisfy(f -> {
                    assertThat(f.question()).isEqualTo(q.code());
                    assertThat(f.answer()).isEqualTo(Answer.NO);
                });
                Statistics.collect(finding);
            }
        }
        Statistics.coverage(c -> {
            for (VitalSignFinding finding : VitalSignFinding.values()) {
                c.check(finding).count(n -> n > 0);
            }
        });
    }

    @Provide
    Arbitrary<Assessment> cardiacChestPain() {
        Map<String, Answer> answers = new LinkedHashMap<>();
        VOCABULARY.questions().stream().filter(q -> q.redFlag() && q.appliesTo("CHEST_PAIN"))
                .forEach(q -> answers.put(q.code(), Answer.NO));
        answers.put("CARDIAC_CHEST_PAIN_FEATURES", Answer.YES);
        return Combinators.combine(Assessments.patients(), Assessments.vitals().injectNull(0.5))
                .as((patient, vitals) -> Assessment.builder().patient(patient).complaint("CHEST_PAIN")
                        .answers(answers).vitals(vitals).evaluatedAt(ReferenceCalls.AT).build());
    }

    @Property(tries = 1000)
    void ageRestrictedAdvice_isNeverGivenOutsideItsAges(@ForAll("cardiacChestPain") Assessment call) {
        TriageResult result = ENGINE.evaluate(call, Guidance.NONE);
        List<String> given = new ArrayList<>();
        result.careAdvice().forEach(a -> given.add(a.key()));
        result.worseningAdvice().forEach(a -> given.add(a.key()));

        assertThat(given).allSatisfy(key -> VOCABULARY.adviceEntry(key)
                .ifPresent(entry -> assertThat(entry.suits(call.patient())).as("%s for age %s", key,
                        call.patient().age()).isTrue()));
        boolean adult = call.patient().age() != null
                && Age.inDays(call.patient().age()) >= Age.inDays(Period.ofYears(16));
        assertThat(given.contains("CHEST_PAIN_ASPIRIN")).as("aspirin at age %s", call.patient().age())
                .isEqualTo(adult && result.disposition().code().equals("C2A"));
        Statistics.collect(given.contains("CHEST_PAIN_ASPIRIN") ? "aspirin advised" : "aspirin withheld");
        Statistics.coverage(c -> {
            c.check("aspirin advised").count(n -> n > 0);
            c.check("aspirin withheld").count(n -> n > 0);
        });
    }
}
