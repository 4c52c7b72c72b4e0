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
        assertThatThrownBy(() -> Patient.builder().ageYears(131).sex(Sex.MALE).build())
                .hasMessageStartingWith("age: 'P131Y'");
        assertThatThrownBy(() -> Patient.builder().ageYears(-1).sex(Sex.MALE).build())
                .hasMessageStartingWith("age: 'P-1Y'");
    }

    @Test
    void gestation_onlyWhenPregnant_andWithinRange() {
        assertThatThrownBy(() -> new Pregnancy(Pregnancy.Status.NOT_PREGNANT, 20)).hasMessageContaining("gestationWeeks");
        assertThatThrownBy(() -> Pregnancy.pregnant(46)).hasMessageContaining("gestationWeeks: '46'");
        assertThat(Pregnancy.pregnant(null).pregnantOrRecentlyPregnant()).isTrue();
    }

    @Test
    void assessment_requiresPatientComplaintAnswersAndInstant() {
        Patient p = Patient.builder().ageYears(30).sex(Sex.MALE).build();
        assertThatThrownBy(() -> new Assessment(null, "X", Map.of(), null, TestRuleSets.NOW)).hasMessageStartingWith("patient");
        assertThatThrownBy(() -> new Assessment(p, " ", Map.of(), null, TestRuleSets.NOW)).hasMessageStartingWith("complaint");
        assertThatThrownBy(() -> new Assessment(p, "X", null, null, TestRuleSets.NOW)).hasMessageStartingWith("answers");
        assertThatThrownBy(() -> new Assessment(p, "X", Map.of(), null, null)).hasMessageStartingWith("evaluatedAt");
    }

    @Test
    void assessmentAnswers_areCopiedAndUnmodifiable() {
        Map<String, Answer> answers = new java.util.HashMap<>(Map.of("A", Answer.YES));
        Assessment a = new Assessment(Patient.builder().ageYears(30).sex(Sex.MALE).build(), "X", answers, null,
                TestRuleSets.NOW);
        answers.put("B", Answer.NO);

        assertThat(a.answers()).containsOnlyKeys("A");
        assertThatThrownBy(() -> a.answers().put("C", Answer.NO)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void c2RequiresASegment_andOtherCategoriesRejectOne() {
        assertThatThrownBy(() -> new Dispatch(ArpCategory.C2, null)).hasMessageStartingWith("segment");
        assertThatThrownBy(() -> new Dispatch(ArpCategory.C3, C2Segment.A)).hasMessageStartingWith("segment");
    }

    private static final Vocabulary VOCABULARY = new Vocabulary(List.of(new Vocabulary.Complaint("A", "A")),
            List.of(), List.of());

    private static Vocabulary.Service service(String code) {
        return VOCABULARY.service(code).orElseThrow();
    }

    @Test
    void referralTimeframes_areRequiredExceptForSelfCare_andFixedForUrgentCommunityResponse() {
        assertThatThrownBy(() -> service("GP").refer(null)).hasMessageStartingWith("within");
        assertThatThrownBy(() -> new HearAndTreat("GP", "GP", ServiceKind.REFERRAL, null))
                .hasMessageStartingWith("within");
        assertThatThrownBy(() -> service("SELF_CARE").refer(Duration.ofHours(1))).hasMessageStartingWith("within");
        assertThatThrownBy(() -> new HearAndTreat("SELF_CARE", "Self-care", ServiceKind.SELF_CARE, Duration.ofHours(1)))
                .hasMessageStartingWith("within");
        assertThatThrownBy(() -> service("URGENT_COMMUNITY_RESPONSE").refer(Duration.ofHours(4)))
                .hasMessageStartingWith("within");
        assertThatThrownBy(() -> service("GP").refer(Duration.ofDays(15))).hasMessageStartingWith("within");
        assertThatThrownBy(() -> new HearAndTreat("GP", "GP", ServiceKind.REFERRAL, Duration.ofDays(15)))
                .hasMessageStartingWith("within");
        assertThat(service("URGENT_COMMUNITY_RESPONSE").refer(null).within()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void standardServices_keepTheCodesOfTheTwelveFormerDestinations() {
        assertThat(Vocabulary.STANDARD_SERVICES).extracting(Vocabulary.Service::code).containsExactly(
                "CLINICAL_CALLBACK", "EMERGENCY_DEPARTMENT", "MENTAL_HEALTH_JOINT_RESPONSE_CAR", "MATERNITY_TRIAGE",
                "PALLIATIVE_CARE", "FALLS_RESPONSE", "URGENT_COMMUNITY_RESPONSE", "MENTAL_HEALTH_CRISIS_LINE",
                "URGENT_TREATMENT_CENTRE", "GP", "PHARMACY", "SELF_CARE");
        assertThat(VOCABULARY.services()).isEqualTo(Vocabulary.STANDARD_SERVICES);
        assertThat(VOCABULARY.defaults()).isEqualTo(Vocabulary.Defaults.STANDARD);
        assertThat(service("GP").refer(Duration.ofHours(24))).isEqualTo(
                new HearAndTreat("GP", "GP", ServiceKind.REFERRAL, Duration.ofHours(24)));
    }

    @Test
    void urgencyOrder_isC1ThenC2SegmentsThenC3ThenC4ThenReferralsBySoonestCareThenKindThenCode() {
        Vocabulary.Service respiratory = new Vocabulary.Service("COMMUNITY_RESPIRATORY_TEAM",
                "Community respiratory team", ServiceKind.REFERRAL, null, null);
        List<Disposition> expected = List.of(
                Dispatch.category1(),
                Dispatch.category2(C2Segment.A), Dispatch.category2(C2Segment.B), Dispatch.category2(C2Segment.C),
                Dispatch.category3(), Dispatch.category4(),
                service("CLINICAL_CALLBACK").refer(Duration.ofMinutes(30)),
                service("EMERGENCY_DEPARTMENT").refer(Duration.ofMinutes(30)),
                service("CLINICAL_CALLBACK").refer(Duration.ofHours(1)),
                service("EMERGENCY_DEPARTMENT").refer(Duration.ofHours(1)),
                // The kind comes before the code: COMMUNITY_... sorts before EMERGENCY_... by code alone.
                respiratory.refer(Duration.ofHours(1)),
                service("PALLIATIVE_CARE").refer(Duration.ofHours(1)),
                service("URGENT_COMMUNITY_RESPONSE").refer(null),
                service("EMERGENCY_DEPARTMENT").refer(Duration.ofHours(4)),
                service("GP").refer(Duration.ofHours(24)),
                service("PHARMACY").refer(Duration.ofHours(24)),
                service("URGENT_TREATMENT_CENTRE").refer(Duration.ofHours(24)),
                service("SELF_CARE").refer(null));
        List<Disposition> shuffled = new ArrayList<>(expected);
        java.util.Collections.shuffle(shuffled, new java.util.Random(7));

        shuffled.sort(Disposition.MOST_URGENT_FIRST);

        assertThat(shuffled).containsExactlyElementsOf(expected);
    }

    @Test
    void clinicalUrgency_treatsReferralsWithTheSameTimeframeAsEquallyUrgent() {
        Disposition ed = service("EMERGENCY_DEPARTMENT").refer(Duration.ofHours(1));
        Disposition callback = service("CLINICAL_CALLBACK").refer(Duration.ofHours(1));

        assertThat(callback.isMoreUrgentThan(ed)).as("selection order breaks the tie").isTrue();
        assertThat(callback.needsCareSoonerThan(ed)).isFalse();
        assertThat(ed.needsCareSoonerThan(callback)).isFalse();
        assertThat(Dispatch.category4().needsCareSoonerThan(ed)).isTrue();
        assertThat(ed.needsCareSoonerThan(service("GP").refer(Duration.ofHours(24)))).isTrue();
        assertThat(service("GP").refer(Duration.ofDays(14)).needsCareSoonerThan(service("SELF_CARE").refer(null)))
                .isTrue();
    }

    @Test
    void urgencyOrder_isConsistentWithEquals() {
        Disposition a = service("GP").refer(Duration.ofHours(24));
        Disposition b = new HearAndTreat("GP", "GP", ServiceKind.REFERRAL, Duration.ofHours(24));
        assertThat(Disposition.MOST_URGENT_FIRST.compare(a, b)).isZero();
        assertThat(a).isEqualTo(b);
        assertThat(a.isMoreUrgentThan(b)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"C1", "C2A", "C2B", "C2C", "C3", "C4", "GP/PT24H", "SELF_CARE", "EMERGENCY_DEPARTMENT/PT1H",
            "URGENT_COMMUNITY_RESPONSE/PT2H"})
    void dispositionCode_roundTrips(String code) {
        assertThat(VOCABULARY.disposition(code).code()).isEqualTo(code);
    }

    @Test
    void badDispositionCode_isRejected() {
        assertThatThrownBy(() -> VOCABULARY.disposition("C5")).hasMessageContaining("'C5'");
        assertThatThrownBy(() -> VOCABULARY.disposition("GP/tomorrow")).hasMessageContaining("GP/tomorrow");
        assertThatThrownBy(() -> VOCABULARY.disposition("GP")).hasMessageContaining("'GP'")
                .hasMessageContaining("GP/PT4H");
        assertThatThrownBy(() -> VOCABULARY.disposition("NOT_A_SERVICE/PT1H"))
                .hasMessageContaining("'NOT_A_SERVICE/PT1H'");
        assertThatThrownBy(() -> VOCABULARY.disposition("SELF_CARE/PT1H")).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> VOCABULARY.disposition(null)).isInstanceOf(InvalidFieldException.class);
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

    @Test
    void vocabulary_rejectsInconsistentRiskFactorsServicesAndDefaults() {
        var complaint = new Vocabulary.Complaint("A", "A");
        var q = new Vocabulary.Question("Q", "Q?", true, List.of("A"));
        var factor = new Vocabulary.RiskFactor("Q", "Q?", true, null, null, false);
        assertThatThrownBy(() -> new Vocabulary(List.of(complaint), List.of(q), List.of(factor), null, List.of(), null))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("riskFactors"));
        assertThatThrownBy(() -> new Vocabulary(List.of(new Vocabulary.Complaint("A", "A", List.of("NOPE"))),
                List.of(q), List.of()))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        e -> assertThat(e.field()).isEqualTo("complaints[0].implies"));
        var gp = new Vocabulary.Service("GP", "GP", ServiceKind.REFERRAL, null, null);
        assertThatThrownBy(() -> new Vocabulary(List.of(complaint), List.of(q), null, List.of(gp, gp), List.of(), null))
                .hasMessageContaining("'GP'");
        assertThatThrownBy(() -> new Vocabulary(List.of(complaint), List.of(q), null, List.of(gp), List.of(), null))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        e -> assertThat(e.field()).isEqualTo("defaults.callbackService"));
        assertThatThrownBy(() -> new Vocabulary(List.of(complaint), List.of(q), null, List.of(gp), List.of(),
                new Vocabulary.Defaults("GP", Duration.ofHours(1), "Call back if worse.")))
                .hasMessageContaining("CLINICAL_CALLBACK");
        assertThatThrownBy(() -> new Vocabulary.Service("SELF_CARE", "Self-care", ServiceKind.SELF_CARE,
                Duration.ofHours(1), null)).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> new Vocabulary.Service("GP", "GP", ServiceKind.REFERRAL, Duration.ofHours(8),
                Duration.ofHours(4))).hasMessageStartingWith("defaultWithin");
    }
}
