package org.hearandtreat.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelValidationTest {

    @ParameterizedTest(name = "{0} = {1} is impossible")
    @CsvSource({"respirationRate,-1", "respirationRate,101", "spo2,0", "spo2,101", "systolicBp,19", "systolicBp,301",
            "pulse,-1", "pulse,301"})
    void impossibleVitalSign_isRejectedWithFieldAndValue(String field, int value) {
        assertThatThrownBy(() -> {
            Vitals ignored = switch (field) {
                case "respirationRate" -> Vitals.NONE.withRespirationRate(value);
                case "spo2" -> Vitals.NONE.withSpo2(value);
                case "systolicBp" -> Vitals.NONE.withSystolicBp(value);
                default -> Vitals.NONE.withPulse(value);
            };
        }).isInstanceOfSatisfying(InvalidFieldException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.value()).isEqualTo(String.valueOf(value));
            assertThat(e.getMessage()).startsWith(field + ": '" + value + "' is not valid; expected");
        });
    }

    @Test
    void impossibleTemperature_isRejected() {
        assertThatThrownBy(() -> Vitals.NONE.withTemperatureCelsius(14.9)).hasMessageStartingWith("temperatureCelsius");
        assertThatThrownBy(() -> Vitals.NONE.withTemperatureCelsius(45.1)).hasMessageStartingWith("temperatureCelsius");
        assertThatThrownBy(() -> Vitals.NONE.withTemperatureCelsius(Double.NaN)).hasMessageStartingWith("temperature");
    }

    @Test
    void impossibleAge_isRejected() {
        assertThatThrownBy(() -> Patient.of(131, Sex.MALE)).hasMessageStartingWith("ageYears: '131'");
        assertThatThrownBy(() -> Patient.of(-1, Sex.MALE)).hasMessageStartingWith("ageYears: '-1'");
    }

    @Test
    void gestation_onlyWhenPregnant_andWithinRange() {
        assertThatThrownBy(() -> new Pregnancy(Pregnancy.Status.NOT_PREGNANT, 20)).hasMessageContaining("gestationWeeks");
        assertThatThrownBy(() -> Pregnancy.pregnant(46)).hasMessageContaining("gestationWeeks: '46'");
        assertThat(Pregnancy.pregnant(null).pregnantOrRecentlyPregnant()).isTrue();
    }

    @Test
    void assessment_requiresPatientComplaintAnswersAndInstant() {
        Patient p = Patient.of(30, Sex.MALE);
        assertThatThrownBy(() -> new Assessment(null, "X", Map.of(), null, TestRuleSets.NOW)).hasMessageStartingWith("patient");
        assertThatThrownBy(() -> new Assessment(p, " ", Map.of(), null, TestRuleSets.NOW)).hasMessageStartingWith("complaint");
        assertThatThrownBy(() -> new Assessment(p, "X", null, null, TestRuleSets.NOW)).hasMessageStartingWith("answers");
        assertThatThrownBy(() -> new Assessment(p, "X", Map.of(), null, null)).hasMessageStartingWith("evaluatedAt");
    }

    @Test
    void assessmentAnswers_areCopiedAndUnmodifiable() {
        Map<String, Answer> answers = new java.util.HashMap<>(Map.of("A", Answer.YES));
        Assessment a = new Assessment(Patient.of(30, Sex.MALE), "X", answers, null, TestRuleSets.NOW);
        answers.put("B", Answer.NO);

        assertThat(a.answers()).containsOnlyKeys("A");
        assertThatThrownBy(() -> a.answers().put("C", Answer.NO)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void c2RequiresASegment_andOtherCategoriesRejectOne() {
        assertThatThrownBy(() -> new Dispatch(ArpCategory.C2, null)).hasMessageStartingWith("segment");
        assertThatThrownBy(() -> new Dispatch(ArpCategory.C3, C2Segment.A)).hasMessageStartingWith("segment");
    }

    @Test
    void referralTimeframes_areRequiredExceptForSelfCare_andFixedForUrgentCommunityResponse() {
        assertThatThrownBy(() -> new HearAndTreat(Pathway.GP, null)).hasMessageStartingWith("within");
        assertThatThrownBy(() -> new HearAndTreat(Pathway.SELF_CARE, Duration.ofHours(1))).hasMessageStartingWith("within");
        assertThatThrownBy(() -> new HearAndTreat(Pathway.URGENT_COMMUNITY_RESPONSE, Duration.ofHours(4)))
                .hasMessageStartingWith("within");
        assertThatThrownBy(() -> new HearAndTreat(Pathway.GP, Duration.ofDays(15))).hasMessageStartingWith("within");
        assertThat(new HearAndTreat(Pathway.URGENT_COMMUNITY_RESPONSE, null).within()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void urgencyOrder_isC1ThenC2SegmentsThenC3ThenC4ThenReferralsBySoonestCare() {
        List<Disposition> expected = List.of(
                Dispatch.category1(),
                Dispatch.category2(C2Segment.A), Dispatch.category2(C2Segment.B), Dispatch.category2(C2Segment.C),
                Dispatch.category3(), Dispatch.category4(),
                new HearAndTreat(Pathway.CLINICAL_CALLBACK, Duration.ofMinutes(30)),
                new HearAndTreat(Pathway.EMERGENCY_DEPARTMENT, Duration.ofMinutes(30)),
                new HearAndTreat(Pathway.CLINICAL_CALLBACK, Duration.ofHours(1)),
                new HearAndTreat(Pathway.EMERGENCY_DEPARTMENT, Duration.ofHours(1)),
                new HearAndTreat(Pathway.PALLIATIVE_CARE, Duration.ofHours(1)),
                new HearAndTreat(Pathway.URGENT_COMMUNITY_RESPONSE, null),
                new HearAndTreat(Pathway.EMERGENCY_DEPARTMENT, Duration.ofHours(4)),
                new HearAndTreat(Pathway.GP, Duration.ofHours(24)),
                new HearAndTreat(Pathway.PHARMACY, Duration.ofHours(24)),
                new HearAndTreat(Pathway.SELF_CARE, null));
        List<Disposition> shuffled = new ArrayList<>(expected);
        java.util.Collections.shuffle(shuffled, new java.util.Random(7));

        shuffled.sort(Disposition.MOST_URGENT_FIRST);

        assertThat(shuffled).containsExactlyElementsOf(expected);
    }

    @Test
    void clinicalUrgency_treatsReferralsWithTheSameTimeframeAsEquallyUrgent() {
        Disposition ed = new HearAndTreat(Pathway.EMERGENCY_DEPARTMENT, Duration.ofHours(1));
        Disposition callback = new HearAndTreat(Pathway.CLINICAL_CALLBACK, Duration.ofHours(1));

        assertThat(callback.isMoreUrgentThan(ed)).as("selection order breaks the tie").isTrue();
        assertThat(callback.needsCareSoonerThan(ed)).isFalse();
        assertThat(ed.needsCareSoonerThan(callback)).isFalse();
        assertThat(Dispatch.category4().needsCareSoonerThan(ed)).isTrue();
        assertThat(ed.needsCareSoonerThan(new HearAndTreat(Pathway.GP, Duration.ofHours(24)))).isTrue();
        assertThat(new HearAndTreat(Pathway.GP, Duration.ofDays(14)).needsCareSoonerThan(
                new HearAndTreat(Pathway.SELF_CARE, null))).isTrue();
    }

    @Test
    void urgencyOrder_isConsistentWithEquals() {
        Disposition a = new HearAndTreat(Pathway.GP, Duration.ofHours(24));
        Disposition b = new HearAndTreat(Pathway.GP, Duration.ofHours(24));
        assertThat(Disposition.MOST_URGENT_FIRST.compare(a, b)).isZero();
        assertThat(a).isEqualTo(b);
        assertThat(a.isMoreUrgentThan(b)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"C1", "C2A", "C2B", "C2C", "C3", "C4", "GP/PT24H", "SELF_CARE", "EMERGENCY_DEPARTMENT/PT1H"})
    void dispositionCode_roundTrips(String code) {
        assertThat(Disposition.parse(code).code()).isEqualTo(code);
    }

    @Test
    void badDispositionCode_isRejected() {
        assertThatThrownBy(() -> Disposition.parse("C5")).hasMessageContaining("'C5'");
        assertThatThrownBy(() -> Disposition.parse("GP/tomorrow")).hasMessageContaining("GP/tomorrow");
    }

    @Test
    void vocabulary_rejectsDuplicateCodesAndUnknownComplaints() {
        var complaint = new Vocabulary.Complaint("A", "A");
        var q = new Vocabulary.Question("Q", "Q?", true, List.of("A"));
        assertThatThrownBy(() -> new Vocabulary(List.of(complaint, complaint), List.of(), List.of()))
                .hasMessageContaining("'A'");
        assertThatThrownBy(() -> new Vocabulary(List.of(complaint), List.of(q, q), List.of()))
                .hasMessageContaining("'Q'");
        assertThatThrownBy(() -> new Vocabulary(List.of(complaint),
                List.of(new Vocabulary.Question("Q", "Q?", true, List.of("B"))), List.of()))
                .hasMessageContaining("questions[0].appliesTo");
        assertThatThrownBy(() -> new Vocabulary.Question("lower", "Q?", true, List.of("*")))
                .hasMessageContaining("'lower'");
    }
}
