package org.hearandtreat.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.UnaryOperator;
import org.hearandtreat.triage.News2Score.Parameter;
import org.hearandtreat.triage.News2Score.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Every band edge of the RCP NEWS2 chart (2017), both SpO2 scales, oxygen and new confusion. */
class News2ScoreTest {

    /** Scores 0 on every parameter. */
    private static final Vitals NORMAL = Vitals.builder().respirationRate(16).spo2(97).onOxygen(false)
            .systolicBp(130).pulse(70).consciousness(Consciousness.ALERT).temperatureCelsius(37.0).build();
    private static final Patient ADULT = Patient.builder().ageYears(50).sex(Sex.MALE)
            .pregnancy(Pregnancy.NOT_PREGNANT).build();
    /** SpO2 scale 2 is for a patient with a prescribed 88-92 % target; the engine reads it from the history. */
    private static final boolean SCALE_1 = false;
    private static final boolean SCALE_2 = true;

    private static News2Score score(boolean spo2Scale2, UnaryOperator<Vitals> change) {
        return News2Score.calculate(ADULT, change.apply(NORMAL), spo2Scale2);
    }

    private static News2Score calculate(Patient patient, Vitals vitals) {
        return News2Score.calculate(patient, vitals, SCALE_1);
    }

    private static void assertOnly(News2Score score, Parameter parameter, int points) {
        assertThat(score.status()).isEqualTo(Status.COMPLETE);
        assertThat(score.scores()).containsEntry(parameter, points);
        assertThat(score.total()).as("total equals the one non-zero parameter").isEqualTo(points);
    }

    @Test
    void normalObservations_scoreZero() {
        News2Score score = calculate(ADULT, NORMAL);

        assertThat(score.status()).isEqualTo(Status.COMPLETE);
        assertThat(score.total()).isZero();
        assertThat(score.scores()).hasSize(7).containsOnlyKeys(Parameter.values());
        assertThat(score.missing()).isEmpty();
        assertThat(score.anyParameterScored3()).isFalse();
    }

    @ParameterizedTest(name = "respiration rate {0} scores {1}")
    @CsvSource({"0,3", "8,3", "9,1", "11,1", "12,0", "20,0", "21,2", "24,2", "25,3", "100,3"})
    void respirationRateBands(int rate, int points) {
        assertOnly(score(SCALE_1, v -> v.withRespirationRate(rate)), Parameter.RESPIRATION_RATE, points);
    }

    @ParameterizedTest(name = "SpO2 scale 1 {0}% scores {1}")
    @CsvSource({"1,3", "91,3", "92,2", "93,2", "94,1", "95,1", "96,0", "100,0"})
    void spo2Scale1Bands(int spo2, int points) {
        News2Score score = score(SCALE_1, v -> v.withSpo2(spo2));
        assertThat(score.spo2Scale()).isEqualTo(1);
        assertOnly(score, Parameter.SPO2, points);
    }

    @ParameterizedTest(name = "SpO2 scale 1 {0}% on oxygen scores {1} plus 2 for oxygen")
    @CsvSource({"91,3", "92,2", "94,1", "96,0", "100,0"})
    void spo2Scale1_onOxygen_ignoresOxygenForTheSaturationBand(int spo2, int points) {
        News2Score score = score(SCALE_1, v -> v.withSpo2(spo2).withOnOxygen(true));
        assertThat(score.scores()).containsEntry(Parameter.SPO2, points).containsEntry(Parameter.AIR_OR_OXYGEN, 2);
        assertThat(score.total()).isEqualTo(points + 2);
    }

    @ParameterizedTest(name = "SpO2 scale 2 {0}% on air scores {1}")
    @CsvSource({"1,3", "83,3", "84,2", "85,2", "86,1", "87,1", "88,0", "92,0", "93,0", "97,0", "100,0"})
    void spo2Scale2Bands_onAir(int spo2, int points) {
        News2Score score = score(SCALE_2, v -> v.withSpo2(spo2));
        assertThat(score.spo2Scale()).isEqualTo(2);
        assertOnly(score, Parameter.SPO2, points);
    }

    @ParameterizedTest(name = "SpO2 scale 2 {0}% on oxygen scores {1}")
    @CsvSource({"83,3", "84,2", "86,1", "88,0", "92,0", "93,1", "94,1", "95,2", "96,2", "97,3", "100,3"})
    void spo2Scale2Bands_onOxygen(int spo2, int points) {
        News2Score score = score(SCALE_2, v -> v.withSpo2(spo2).withOnOxygen(true));
        assertThat(score.scores()).containsEntry(Parameter.SPO2, points).containsEntry(Parameter.AIR_OR_OXYGEN, 2);
        assertThat(score.total()).isEqualTo(points + 2);
    }

    @Test
    void spo2Scale2_at93OrMore_withOxygenUnknown_cannotBeScored() {
        News2Score score = score(SCALE_2, v -> v.withSpo2(95).withOnOxygen(null));

        assertThat(score.status()).isEqualTo(Status.PARTIAL);
        assertThat(score.missing()).containsExactly(Parameter.SPO2, Parameter.AIR_OR_OXYGEN);
    }

    @Test
    void spo2Scale2_below93_isScoredEvenWithOxygenUnknown() {
        News2Score score = score(SCALE_2, v -> v.withSpo2(85).withOnOxygen(null));

        assertThat(score.scores()).containsEntry(Parameter.SPO2, 2);
        assertThat(score.missing()).containsExactly(Parameter.AIR_OR_OXYGEN);
    }

    @Test
    void supplementalOxygen_scoresTwo() {
        assertOnly(score(SCALE_1, v -> v.withOnOxygen(true)), Parameter.AIR_OR_OXYGEN, 2);
    }

    @ParameterizedTest(name = "systolic {0} scores {1}")
    @CsvSource({"20,3", "90,3", "91,2", "100,2", "101,1", "110,1", "111,0", "219,0", "220,3", "300,3"})
    void systolicBands(int systolic, int points) {
        assertOnly(score(SCALE_1, v -> v.withSystolicBp(systolic)), Parameter.SYSTOLIC_BP, points);
    }

    @ParameterizedTest(name = "pulse {0} scores {1}")
    @CsvSource({"0,3", "40,3", "41,1", "50,1", "51,0", "90,0", "91,1", "110,1", "111,2", "130,2", "131,3", "300,3"})
    void pulseBands(int pulse, int points) {
        assertOnly(score(SCALE_1, v -> v.withPulse(pulse)), Parameter.PULSE, points);
    }

    @ParameterizedTest(name = "{0} scores 3")
    @EnumSource(value = Consciousness.class, names = "ALERT", mode = EnumSource.Mode.EXCLUDE)
    void newConfusionVoicePainUnresponsive_scoreThree(Consciousness level) {
        News2Score score = score(SCALE_1, v -> v.withConsciousness(level));
        assertOnly(score, Parameter.CONSCIOUSNESS, 3);
        assertThat(score.anyParameterScored3()).isTrue();
    }

    @ParameterizedTest(name = "temperature {0} scores {1}")
    @CsvSource({"15.0,3", "35.0,3", "35.05,1", "35.1,1", "36.0,1", "36.1,0", "38.0,0", "38.1,1", "39.0,1", "39.1,2",
            "45.0,2"})
    void temperatureBands(double temperature, int points) {
        assertOnly(score(SCALE_1, v -> v.withTemperatureCelsius(temperature)), Parameter.TEMPERATURE, points);
    }

    @Test
    void highestPossibleTotal_isTwenty() {
        Vitals worst = Vitals.builder().respirationRate(30).spo2(80).onOxygen(true).systolicBp(80).pulse(150)
                .consciousness(Consciousness.UNRESPONSIVE).temperatureCelsius(34.0).build();
        assertThat(calculate(ADULT, worst).total()).isEqualTo(3 + 3 + 2 + 3 + 3 + 3 + 3);
    }

    @Test
    void missingParameters_giveAPartialLowerBound_andAreListed() {
        Vitals some = Vitals.builder().respirationRate(26).systolicBp(95).consciousness(Consciousness.ALERT).build();
        News2Score score = calculate(ADULT, some);

        assertThat(score.status()).isEqualTo(Status.PARTIAL);
        assertThat(score.total()).isEqualTo(3 + 2);
        assertThat(score.missing()).containsExactly(Parameter.SPO2, Parameter.AIR_OR_OXYGEN, Parameter.PULSE,
                Parameter.TEMPERATURE);
        assertThat(score.note()).contains("lower bound");
    }

    @Test
    void noVitals_isNoObservations() {
        Assessment withoutVitals = new Assessment(ADULT, "TEST", java.util.Map.of(), null, TestRuleSets.NOW);

        assertThat(withoutVitals.vitals()).as("no vitals is Vitals.NONE, never null").isSameAs(Vitals.NONE);
        assertThat(calculate(ADULT, withoutVitals.vitals()).status()).isEqualTo(Status.NO_OBSERVATIONS);
        assertThat(calculate(ADULT, Vitals.builder().build()).status()).isEqualTo(Status.NO_OBSERVATIONS);
        assertThat(calculate(ADULT, Vitals.NONE).total()).isNull();
    }

    @Test
    void vitalSignsOutsideTheChart_doNotChangeTheScore() {
        Vitals more = NORMAL.toBuilder().diastolicBp(40).bloodGlucoseMmolL(2.1).capillaryRefillSeconds(5.0).build();

        assertThat(calculate(ADULT, more)).isEqualTo(calculate(ADULT, NORMAL));
    }

    @Test
    void under16_isNotApplied() {
        Patient child = Patient.builder().ageYears(15).sex(Sex.FEMALE).pregnancy(Pregnancy.NOT_PREGNANT).build();
        News2Score score = calculate(child, NORMAL.withRespirationRate(40));

        assertThat(score.status()).isEqualTo(Status.NOT_APPLICABLE_UNDER_16);
        assertThat(score.total()).isNull();
        assertThat(score.scores()).isEmpty();
        assertThat(score.note()).contains("under 16");
    }

    @Test
    void aged16_isApplied() {
        Patient sixteen = Patient.builder().ageYears(16).sex(Sex.FEMALE).pregnancy(Pregnancy.NOT_PREGNANT).build();
        assertThat(calculate(sixteen, NORMAL).status()).isEqualTo(Status.COMPLETE);
    }

    @ParameterizedTest(name = "age {0} is under 16: {1}")
    @CsvSource({"P6W,true", "P10D,true", "P18M,true", "P15Y11M,true", "P191M,true", "P192M,false", "P16Y,false",
            "P16Y1D,false"})
    void ageInAnyUnit_decidesWhetherNews2Applies(String age, boolean under16) {
        Patient patient = Patient.builder().age(java.time.Period.parse(age)).sex(Sex.MALE).build();

        assertThat(calculate(patient, NORMAL).status())
                .isEqualTo(under16 ? Status.NOT_APPLICABLE_UNDER_16 : Status.COMPLETE);
    }

    @Test
    void pregnancyAndSixWeeksAfterBirth_areNotApplied() {
        Patient woman = Patient.builder().ageYears(30).sex(Sex.FEMALE).build();
        assertThat(calculate(woman.toBuilder().pregnancy(Pregnancy.pregnant(20)).build(), NORMAL).status())
                .isEqualTo(Status.NOT_APPLICABLE_PREGNANCY);
        assertThat(calculate(woman.toBuilder().pregnancy(Pregnancy.POSTPARTUM).build(), NORMAL).status())
                .isEqualTo(Status.NOT_APPLICABLE_PREGNANCY);
        assertThat(calculate(woman.toBuilder().pregnancy(Pregnancy.NOT_PREGNANT).build(), NORMAL).status())
                .isEqualTo(Status.COMPLETE);
    }

    @Test
    void unknownAgeAndPregnancy_areAppliedAsAdultNotPregnant_andSaidSo() {
        Patient unknown = Patient.builder().sex(Sex.FEMALE).build();
        News2Score score = calculate(unknown, NORMAL);

        assertThat(score.status()).isEqualTo(Status.COMPLETE);
        assertThat(score.note()).contains("age unknown", "pregnancy status unknown");
    }
}
