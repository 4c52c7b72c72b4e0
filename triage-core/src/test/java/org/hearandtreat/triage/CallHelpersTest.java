package org.hearandtreat.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Period;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rule helpers for vital signs (both directions, false when not measured) and for age (an unknown age is in every
 * band), each read by one rule that only notes that it fired.
 */
class CallHelpersTest {

    /** Rule id to the condition it notes. */
    private static final Map<String, String> CONDITIONS = new LinkedHashMap<>();

    static {
        CONDITIONS.put("RR-AT-LEAST-25", "respirationRateAtLeast(25)");
        CONDITIONS.put("RR-BELOW-9", "respirationRateBelow(9)");
        CONDITIONS.put("SPO2-AT-LEAST-96", "spo2AtLeast(96)");
        CONDITIONS.put("SPO2-BELOW-92", "spo2Below(92)");
        CONDITIONS.put("SYSTOLIC-AT-LEAST-220", "systolicAtLeast(220)");
        CONDITIONS.put("SYSTOLIC-BELOW-91", "systolicBelow(91)");
        CONDITIONS.put("DIASTOLIC-AT-LEAST-120", "diastolicAtLeast(120)");
        CONDITIONS.put("DIASTOLIC-BELOW-40", "diastolicBelow(40)");
        CONDITIONS.put("PULSE-AT-LEAST-131", "pulseAtLeast(131)");
        CONDITIONS.put("PULSE-BELOW-41", "pulseBelow(41)");
        CONDITIONS.put("TEMPERATURE-AT-LEAST-39.1", "temperatureAtLeast(39.1)");
        CONDITIONS.put("TEMPERATURE-BELOW-35.1", "temperatureBelow(35.1)");
        CONDITIONS.put("TEMPERATURE-MEASURED", "temperatureMeasured()");
        CONDITIONS.put("GLUCOSE-AT-LEAST-11.1", "bloodGlucoseAtLeast(11.1)");
        CONDITIONS.put("GLUCOSE-BELOW-4", "bloodGlucoseBelow(4.0)");
        CONDITIONS.put("REFILL-AT-LEAST-3", "capillaryRefillAtLeast(3.0)");
        CONDITIONS.put("REFILL-BELOW-2", "capillaryRefillBelow(2.0)");
        CONDITIONS.put("AGE-KNOWN", "ageKnown()");
        CONDITIONS.put("UNDER-28-DAYS", "ageUnderDays(28)");
        CONDITIONS.put("AT-LEAST-28-DAYS", "ageAtLeastDays(28)");
        CONDITIONS.put("UNDER-6-WEEKS", "ageUnderWeeks(6)");
        CONDITIONS.put("AT-LEAST-6-WEEKS", "ageAtLeastWeeks(6)");
        CONDITIONS.put("UNDER-3-MONTHS", "ageUnderMonths(3)");
        CONDITIONS.put("AT-LEAST-3-MONTHS", "ageAtLeastMonths(3)");
        CONDITIONS.put("UNDER-16-YEARS", "ageUnderYears(16)");
        CONDITIONS.put("AT-LEAST-16-YEARS", "ageAtLeastYears(16)");
        CONDITIONS.put("BIRTH-WITHIN-2-WEEKS", "gaveBirthWithinWeeks(2)");
    }

    private static final String VOCABULARY = """
            { "complaints": [ { "code": "UNWELL", "text": "Generally unwell" } ], "questions": [], "advice": [] }
            """;

    @TempDir
    static Path dir;

    private static TriageEngine engine;

    @BeforeAll
    static void buildRules() {
        StringBuilder drl = new StringBuilder("package helpers;\n\nimport org.hearandtreat.triage.rules.Call;\n");
        CONDITIONS.forEach((id, condition) -> drl.append("""

                rule "%s"
                    @id("%s") @version("1") @source("test") @rationale("Notes when %s holds.")
                when
                    Call( %s )
                then
                end
                """.formatted(id, id, condition, condition)));
        engine = TriageEngine.create(TestRuleSets.build(TestRuleSets.write(dir.resolve("helpers"), VOCABULARY,
                "helpers/helpers.drl", drl.toString())));
    }

    /** @return the noted rules among the given ones, sorted */
    private static List<String> noted(Patient patient, Vitals vitals, List<String> among) {
        TriageResult result = engine.evaluate(Assessment.builder().patient(patient).complaint("UNWELL").vitals(vitals)
                .evaluatedAt(TestRuleSets.NOW).build());
        return result.firedRuleIds().stream().filter(among::contains).sorted().toList();
    }

    private static List<String> rules(boolean ageRules) {
        return CONDITIONS.keySet().stream().filter(id -> !id.startsWith("BIRTH"))
                .filter(id -> CONDITIONS.get(id).startsWith("age") == ageRules).toList();
    }

    private static List<String> sorted(String ids) {
        return ids.isBlank() ? List.of() : Arrays.stream(ids.split(" ")).sorted().toList();
    }

    @Test
    void vitalSignHelpers_areFalseWhenNothingWasMeasured() {
        assertThat(rules(false)).hasSize(17);
        assertThat(noted(TestRuleSets.adult(), Vitals.NONE, rules(false))).isEmpty();
        assertThat(noted(TestRuleSets.adult(), Vitals.builder().consciousness(Consciousness.ALERT).build(),
                rules(false))).isEmpty();
    }

    @ParameterizedTest(name = "{0} = {1} notes [{2}]")
    @CsvSource({
            "respirationRate,25,RR-AT-LEAST-25", "respirationRate,24,''", "respirationRate,9,''",
            "respirationRate,8,RR-BELOW-9", "respirationRate,0,RR-BELOW-9",
            "spo2,96,SPO2-AT-LEAST-96", "spo2,95,''", "spo2,92,''", "spo2,91,SPO2-BELOW-92",
            "systolicBp,220,SYSTOLIC-AT-LEAST-220", "systolicBp,219,''", "systolicBp,91,''",
            "systolicBp,90,SYSTOLIC-BELOW-91",
            "diastolicBp,120,DIASTOLIC-AT-LEAST-120", "diastolicBp,119,''", "diastolicBp,40,''",
            "diastolicBp,39,DIASTOLIC-BELOW-40",
            "pulse,131,PULSE-AT-LEAST-131", "pulse,130,''", "pulse,41,''", "pulse,40,PULSE-BELOW-41",
            "temperatureCelsius,39.1,TEMPERATURE-AT-LEAST-39.1 TEMPERATURE-MEASURED",
            "temperatureCelsius,39.0,TEMPERATURE-MEASURED", "temperatureCelsius,35.1,TEMPERATURE-MEASURED",
            "temperatureCelsius,35.0,TEMPERATURE-BELOW-35.1 TEMPERATURE-MEASURED",
            "bloodGlucoseMmolL,11.1,GLUCOSE-AT-LEAST-11.1", "bloodGlucoseMmolL,11.0,''", "bloodGlucoseMmolL,4.0,''",
            "bloodGlucoseMmolL,3.9,GLUCOSE-BELOW-4",
            "capillaryRefillSeconds,3.0,REFILL-AT-LEAST-3", "capillaryRefillSeconds,2.9,''",
            "capillaryRefillSeconds,2.0,''", "capillaryRefillSeconds,1.9,REFILL-BELOW-2"})
    void vitalSignHelpers_readTheirOwnVitalSign_inBothDirections(String field, String value, String expected) {
        Vitals.Builder v = Vitals.builder();
        switch (field) {
            case "respirationRate" -> v.respirationRate(Integer.valueOf(value));
            case "spo2" -> v.spo2(Integer.valueOf(value));
            case "systolicBp" -> v.systolicBp(Integer.valueOf(value));
            case "diastolicBp" -> v.diastolicBp(Integer.valueOf(value));
            case "pulse" -> v.pulse(Integer.valueOf(value));
            case "temperatureCelsius" -> v.temperatureCelsius(Double.valueOf(value));
            case "bloodGlucoseMmolL" -> v.bloodGlucoseMmolL(Double.valueOf(value));
            default -> v.capillaryRefillSeconds(Double.valueOf(value));
        }
        assertThat(noted(TestRuleSets.adult(), v.build(), rules(false))).isEqualTo(sorted(expected));
    }

    @ParameterizedTest(name = "age {0} notes [{1}]")
    @CsvSource({
            "'',UNDER-28-DAYS AT-LEAST-28-DAYS UNDER-6-WEEKS AT-LEAST-6-WEEKS UNDER-3-MONTHS AT-LEAST-3-MONTHS "
                    + "UNDER-16-YEARS AT-LEAST-16-YEARS",
            "P27D,AGE-KNOWN UNDER-28-DAYS UNDER-6-WEEKS UNDER-3-MONTHS UNDER-16-YEARS",
            "P4W,AGE-KNOWN AT-LEAST-28-DAYS UNDER-6-WEEKS UNDER-3-MONTHS UNDER-16-YEARS",
            "P41D,AGE-KNOWN AT-LEAST-28-DAYS UNDER-6-WEEKS UNDER-3-MONTHS UNDER-16-YEARS",
            "P6W,AGE-KNOWN AT-LEAST-28-DAYS AT-LEAST-6-WEEKS UNDER-3-MONTHS UNDER-16-YEARS",
            "P13W,AGE-KNOWN AT-LEAST-28-DAYS AT-LEAST-6-WEEKS UNDER-3-MONTHS UNDER-16-YEARS",
            "P3M,AGE-KNOWN AT-LEAST-28-DAYS AT-LEAST-6-WEEKS AT-LEAST-3-MONTHS UNDER-16-YEARS",
            "P191M,AGE-KNOWN AT-LEAST-28-DAYS AT-LEAST-6-WEEKS AT-LEAST-3-MONTHS UNDER-16-YEARS",
            "P192M,AGE-KNOWN AT-LEAST-28-DAYS AT-LEAST-6-WEEKS AT-LEAST-3-MONTHS AT-LEAST-16-YEARS",
            "P16Y,AGE-KNOWN AT-LEAST-28-DAYS AT-LEAST-6-WEEKS AT-LEAST-3-MONTHS AT-LEAST-16-YEARS"})
    void ageHelpers_compareTheAgeInItsOwnUnits_andReadAnUnknownAgeAsInEveryBand(String age, String expected) {
        Patient patient = Patient.builder().age(age.isEmpty() ? null : Period.parse(age)).sex(Sex.MALE).build();
        assertThat(noted(patient, Vitals.NONE, rules(true))).isEqualTo(sorted(expected));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({"POSTPARTUM_WITHIN_6_WEEKS,0,true", "POSTPARTUM_WITHIN_6_WEEKS,1,true",
            "POSTPARTUM_WITHIN_6_WEEKS,2,false", "POSTPARTUM_WITHIN_6_WEEKS,'',true", "PREGNANT,'',false",
            "UNKNOWN,'',false"})
    void gaveBirthWithinWeeks_readsTheWeeksSinceBirth_andAnUnknownTimeAsRecent(String status, String weeks,
                                                                              boolean expected) {
        Pregnancy pregnancy = new Pregnancy(Pregnancy.Status.valueOf(status), null,
                weeks.isEmpty() ? null : Integer.valueOf(weeks));
        Patient patient = Patient.builder().ageYears(30).sex(Sex.FEMALE).pregnancy(pregnancy).build();

        assertThat(noted(patient, Vitals.NONE, List.of("BIRTH-WITHIN-2-WEEKS")).isEmpty()).isEqualTo(!expected);
    }

    @Test
    void weeksSinceBirth_isOnlyForABirthInTheLast6Weeks() {
        assertThatThrownBy(() -> new Pregnancy(Pregnancy.Status.PREGNANT, 30, 1))
                .hasMessageStartingWith("weeksSinceBirth: '1'");
        assertThatThrownBy(() -> Pregnancy.postpartum(6)).hasMessageStartingWith("weeksSinceBirth: '6'");
        assertThat(TriageJson.readAssessment("""
                { "patient": { "age": "P30Y", "sex": "FEMALE",
                               "pregnancy": { "status": "POSTPARTUM_WITHIN_6_WEEKS", "weeksSinceBirth": 3 } },
                  "complaint": "UNWELL", "answers": {}, "evaluatedAt": "2026-11-23T14:05:00Z" }
                """).patient().pregnancy()).isEqualTo(Pregnancy.postpartum(3));
    }

    @Test
    void rulesThatOnlyNote_leaveTheEngineDefault() {
        TriageResult result = engine.evaluate(Assessment.builder().patient(TestRuleSets.adult()).complaint("UNWELL")
                .vitals(Vitals.builder().pulse(150).build()).evaluatedAt(TestRuleSets.NOW).build());

        assertThat(result.flags()).containsExactly(SafetyFlag.DEFAULT_NO_RULE_FIRED);
        assertThat(result.reasons()).filteredOn(r -> r.role() == Reason.Role.NOTED).extracting(Reason::ruleId)
                .contains("PULSE-AT-LEAST-131").doesNotContain("PULSE-BELOW-41");
    }
}
