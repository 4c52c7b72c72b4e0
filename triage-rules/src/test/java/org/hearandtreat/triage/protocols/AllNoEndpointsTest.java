package org.hearandtreat.triage.protocols;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearandtreat.triage.Answer;
import org.hearandtreat.triage.Assessment;
import org.hearandtreat.triage.Patient;
import org.hearandtreat.triage.Pregnancy;
import org.hearandtreat.triage.Sex;
import org.hearandtreat.triage.SafetyFlag;
import org.hearandtreat.triage.TriageResult;
import org.hearandtreat.triage.Vocabulary;
import org.junit.jupiter.api.Test;

/**
 * Completeness: for every complaint, at every age band and sex it is written for, a call answering every question and
 * every risk factor NO ends on a protocol rule's decision (never the engine's default callback) and on hear and treat,
 * except where the guidance says such a call still needs an ambulance. Those exceptions are listed here with the
 * disposition they must give, and in the README, so neither list can drift.
 */
class AllNoEndpointsTest {

    /** The age bands a complaint is tested at, with the age each is tested at. */
    enum Band {
        INFANT(Period.ofMonths(6)), CHILD(Period.ofYears(6)), ADULT(Period.ofYears(35)), OLDER_ADULT(Period.ofYears(80));

        final Period age;

        Band(Period age) {
            this.age = age;
        }
    }

    /**
     * Complaint codes whose all-NO call is not hear and treat, with the disposition it must give (the README's
     * "When every answer is NO" table gives the reason).
     */
    static final Map<String, String> NOT_HEAR_AND_TREAT = Map.of();

    /** One all-NO call to make: a complaint at a band and sex it is written for. */
    record Combination(String complaint, Band band, Sex sex) {
    }

    static List<Combination> everyComplaintAgeAndSex() {
        List<Combination> calls = new ArrayList<>();
        for (Vocabulary.Complaint complaint : ReferenceProtocols.ruleSet().vocabulary().complaints()) {
            for (Band band : Band.values()) {
                for (Sex sex : List.of(Sex.FEMALE, Sex.MALE)) {
                    Patient patient = patient(band, sex);
                    if (complaint.isFor(patient)) {
                        calls.add(new Combination(complaint.code(), band, sex));
                    }
                }
            }
        }
        return calls;
    }

    @Test
    void everyAnswerNoEndsOnAProtocolRuleAndOnHearAndTreat() {
        List<String> wrong = new ArrayList<>();
        for (Combination call : everyComplaintAgeAndSex()) {
            String complaint = call.complaint();
            TriageResult result = ReferenceProtocols.engine().evaluate(allNo(complaint, patient(call.band(), call.sex())));
            String expected = NOT_HEAR_AND_TREAT.get(complaint);
            boolean ok = !result.decidingReason().ruleId().startsWith("ENGINE-")
                    && (expected != null ? result.disposition().code().equals(expected)
                    : !result.disposition().isDispatch());
            if (!ok || result.flags().contains(SafetyFlag.DEFAULT_NO_RULE_FIRED)
                    || result.flags().contains(SafetyFlag.HEAR_AND_TREAT_WITHHELD_RED_FLAGS_UNANSWERED)
                    || result.flags().contains(SafetyFlag.HEAR_AND_TREAT_WITHHELD_RED_FLAG_PRESENT)) {
                wrong.add(complaint + " " + call.band() + " " + call.sex() + ": " + result.disposition().code() + " by "
                        + result.decidingReason().ruleId() + " " + result.flags());
            }
        }

        assertThat(wrong).as("all-NO calls not ending on a protocol rule's hear and treat (or listed exception)")
                .isEmpty();
    }

    @Test
    void everyComplaintIsTestedAtSomeAgeAndTheAdultBandsCoverMostOfThem() {
        List<Combination> calls = everyComplaintAgeAndSex();
        Set<String> tested = new TreeSet<>();
        calls.forEach(c -> tested.add(c.complaint()));
        Set<String> all = new TreeSet<>();
        ReferenceProtocols.ruleSet().vocabulary().complaints().forEach(c -> all.add(c.code()));

        assertThat(tested).isEqualTo(all);
        assertThat(calls).hasSizeGreaterThanOrEqualTo(all.size() * 4);
    }

    @Test
    void theReadmeListsExactlyTheComplaintsWhoseAllNoCallIsNotHearAndTreat() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        int start = readme.indexOf("### When every answer is NO");
        assertThat(start).as("README section 'When every answer is NO'").isNotNegative();
        String section = readme.substring(start, readme.indexOf("\n## ", start));
        Set<String> listed = new TreeSet<>();
        Matcher row = Pattern.compile("(?m)^\\| `([A-Z_]+)` \\| `([A-Z0-9_/]+)` \\|").matcher(section);
        Map<String, String> table = new LinkedHashMap<>();
        while (row.find()) {
            listed.add(row.group(1));
            table.put(row.group(1), row.group(2));
        }

        assertThat(table).isEqualTo(NOT_HEAR_AND_TREAT);
        assertThat(listed).isEqualTo(new TreeSet<>(NOT_HEAR_AND_TREAT.keySet()));
    }

    private static Patient patient(Band band, Sex sex) {
        Patient.Builder b = Patient.builder().age(band.age).sex(sex);
        if (sex == Sex.FEMALE && band.age.getYears() >= 10 && band.age.getYears() <= 60) {
            b.pregnancy(Pregnancy.NOT_PREGNANT);
        }
        for (Vocabulary.RiskFactor risk : ReferenceProtocols.ruleSet().vocabulary().riskFactors()) {
            b.history(risk.code(), Answer.NO);
        }
        return b.build();
    }

    private static Assessment allNo(String complaint, Patient patient) {
        Vocabulary vocabulary = ReferenceProtocols.ruleSet().vocabulary();
        Vocabulary.Complaint c = vocabulary.complaints().stream().filter(x -> x.code().equals(complaint)).findFirst()
                .orElseThrow();
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Vocabulary.Question q : vocabulary.questions()) {
            if (!c.implies().contains(q.code())) {
                answers.put(q.code(), Answer.NO);
            }
        }
        return new Assessment(patient, complaint, answers, null, ReferenceCalls.AT);
    }
}
