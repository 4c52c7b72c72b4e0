package org.hearandtreat.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Vital signs: built by name, nothing measured is {@link Vitals#NONE}, and each value within what can be measured. */
class VitalsTest {

    @Test
    void builder_putsEachValueWhereItsNameSays() {
        Vitals v = Vitals.builder().respirationRate(18).spo2(96).onOxygen(false).systolicBp(128).diastolicBp(82)
                .pulse(77).consciousness(Consciousness.VOICE).temperatureCelsius(37.8).bloodGlucoseMmolL(5.4)
                .capillaryRefillSeconds(1.5).build();

        assertThat(v).isEqualTo(new Vitals(18, 96, false, 128, 77, Consciousness.VOICE, 37.8, 82, 5.4, 1.5));
        assertThat(v.respirationRate()).isEqualTo(18);
        assertThat(v.spo2()).isEqualTo(96);
        assertThat(v.onOxygen()).isFalse();
        assertThat(v.systolicBp()).isEqualTo(128);
        assertThat(v.diastolicBp()).isEqualTo(82);
        assertThat(v.pulse()).isEqualTo(77);
        assertThat(v.consciousness()).isEqualTo(Consciousness.VOICE);
        assertThat(v.temperatureCelsius()).isEqualTo(37.8);
        assertThat(v.bloodGlucoseMmolL()).isEqualTo(5.4);
        assertThat(v.capillaryRefillSeconds()).isEqualTo(1.5);
        assertThat(v.toBuilder().build()).isEqualTo(v);
        assertThat(v.nothingMeasured()).isFalse();
    }

    @Test
    void nothingMeasured_isNone_andAnAssessmentWithoutVitalsHasNone() {
        assertThat(Vitals.builder().build()).isEqualTo(Vitals.NONE);
        assertThat(Vitals.NONE.nothingMeasured()).isTrue();
        assertThat(Vitals.NONE.withPulse(80).withPulse(null)).isEqualTo(Vitals.NONE);
        assertThat(Vitals.builder().bloodGlucoseMmolL(4.0).build().nothingMeasured()).isFalse();

        Assessment built = Assessment.builder().patient(TestRuleSets.adult()).complaint("TEST")
                .evaluatedAt(TestRuleSets.NOW).build();
        assertThat(built.vitals()).isSameAs(Vitals.NONE);
        assertThat(new Assessment(TestRuleSets.adult(), "TEST", Map.of(), null, TestRuleSets.NOW).vitals())
                .isSameAs(Vitals.NONE);
        assertThat(built.withVitals(null).vitals()).isSameAs(Vitals.NONE);
    }

    @ParameterizedTest(name = "systolic {0}, diastolic {1} is rejected")
    @CsvSource({"120,120", "120,121", "80,120", "20,20"})
    void diastolicNotBelowSystolic_isRejectedNamingDiastolicBp(int systolic, int diastolic) {
        assertThatThrownBy(() -> Vitals.builder().systolicBp(systolic).diastolicBp(diastolic).build())
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("diastolicBp");
                    assertThat(e.value()).isEqualTo(String.valueOf(diastolic));
                    assertThat(e.expected()).contains(String.valueOf(systolic));
                });
    }

    @Test
    void diastolicBelowSystolic_orEitherAlone_isAccepted() {
        assertThat(Vitals.builder().systolicBp(120).diastolicBp(119).build().diastolicBp()).isEqualTo(119);
        assertThat(Vitals.builder().diastolicBp(150).build().diastolicBp()).isEqualTo(150);
        assertThat(Vitals.builder().systolicBp(21).build().systolicBp()).isEqualTo(21);
    }

    @Test
    void loweringTheSystolicBelowTheDiastolic_isRejectedToo() {
        Vitals v = Vitals.builder().systolicBp(130).diastolicBp(90).build();

        assertThatThrownBy(() -> v.withSystolicBp(90))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("diastolicBp"));
    }

    @ParameterizedTest(name = "{0} = {1} is impossible")
    @CsvSource({"diastolicBp,4", "diastolicBp,201", "bloodGlucoseMmolL,0.4", "bloodGlucoseMmolL,60.1",
            "bloodGlucoseMmolL,NaN", "capillaryRefillSeconds,-0.1", "capillaryRefillSeconds,20.1",
            "capillaryRefillSeconds,NaN"})
    void newVitalSign_outsideWhatCanBeMeasured_isRejectedWithFieldAndValue(String field, String value) {
        UnaryOperator<Vitals.Builder> set = switch (field) {
            case "diastolicBp" -> b -> b.diastolicBp(Integer.valueOf(value));
            case "bloodGlucoseMmolL" -> b -> b.bloodGlucoseMmolL(Double.valueOf(value));
            default -> b -> b.capillaryRefillSeconds(Double.valueOf(value));
        };

        assertThatThrownBy(() -> set.apply(Vitals.builder()).build())
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).startsWith(field + ": '");
                });
    }

    @Test
    void newVitalSigns_atTheEdgesOfTheirRanges_areAccepted() {
        assertThat(Vitals.builder().diastolicBp(5).build().diastolicBp()).isEqualTo(5);
        assertThat(Vitals.builder().diastolicBp(200).build().diastolicBp()).isEqualTo(200);
        assertThat(Vitals.builder().bloodGlucoseMmolL(0.5).build().bloodGlucoseMmolL()).isEqualTo(0.5);
        assertThat(Vitals.builder().bloodGlucoseMmolL(60.0).build().bloodGlucoseMmolL()).isEqualTo(60.0);
        assertThat(Vitals.builder().capillaryRefillSeconds(0.0).build().capillaryRefillSeconds()).isZero();
        assertThat(Vitals.builder().capillaryRefillSeconds(20.0).build().capillaryRefillSeconds()).isEqualTo(20.0);
    }

    @Test
    void allTenValues_roundTripThroughJson() {
        Vitals v = Vitals.builder().respirationRate(0).spo2(1).onOxygen(true).systolicBp(300).diastolicBp(200)
                .pulse(0).consciousness(Consciousness.UNRESPONSIVE).temperatureCelsius(15.0).bloodGlucoseMmolL(0.5)
                .capillaryRefillSeconds(20.0).build();
        Assessment a = TestRuleSets.assessment("TEST", Map.of()).withVitals(v);

        assertThat(TriageJson.readAssessment(TriageJson.write(a)).vitals()).isEqualTo(v);
    }
}
