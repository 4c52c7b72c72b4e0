package org.hearandtreat.triage.fhir;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How each vital sign travels as a FHIR {@code Observation}: LOINC codes and UCUM units of the FHIR R4 vital-signs
 * profile where one exists, our own code for the three NEWS2 inputs LOINC is not used for here (level of
 * consciousness on the ACVPU scale, supplemental oxygen, capillary refill).
 */
enum VitalSign {
    RESPIRATION_RATE("respirationRate", FhirCodes.LOINC, List.of("9279-1"), "Respiratory rate", "/min", true),
    SPO2("spo2", FhirCodes.LOINC, List.of("2708-6", "59408-5"), "Oxygen saturation", "%", true),
    ON_OXYGEN("onOxygen", FhirCodes.OBSERVATION, List.of("on-supplemental-oxygen"),
            "Breathing supplemental oxygen", null, false),
    SYSTOLIC_BP("systolicBp", FhirCodes.LOINC, List.of("8480-6"), "Systolic blood pressure", "mm[Hg]", true),
    DIASTOLIC_BP("diastolicBp", FhirCodes.LOINC, List.of("8462-4"), "Diastolic blood pressure", "mm[Hg]", true),
    PULSE("pulse", FhirCodes.LOINC, List.of("8867-4"), "Heart rate", "/min", true),
    CONSCIOUSNESS("consciousness", FhirCodes.OBSERVATION, List.of("consciousness-acvpu"),
            "Level of consciousness (ACVPU)", null, false),
    TEMPERATURE("temperatureCelsius", FhirCodes.LOINC, List.of("8310-5"), "Body temperature", "Cel", false),
    BLOOD_GLUCOSE("bloodGlucoseMmolL", FhirCodes.LOINC, List.of("15074-8"), "Glucose [Moles/volume] in Blood",
            "mmol/L", false),
    CAPILLARY_REFILL("capillaryRefillSeconds", FhirCodes.OBSERVATION, List.of("capillary-refill-time"),
            "Capillary refill time", "s", false);

    /** LOINC's blood pressure panel, whose components carry the systolic and diastolic readings. */
    static final String BLOOD_PRESSURE_PANEL = "85354-9";

    final String field;
    final String system;
    final List<String> codes;
    final String display;
    final @Nullable String unit;
    final boolean wholeNumber;

    VitalSign(String field, String system, List<String> codes, String display, @Nullable String unit,
              boolean wholeNumber) {
        this.field = field;
        this.system = system;
        this.codes = codes;
        this.display = display;
        this.unit = unit;
        this.wholeNumber = wholeNumber;
    }

    static @Nullable VitalSign of(@Nullable String system, @Nullable String code) {
        for (VitalSign sign : values()) {
            if (sign.system.equals(system) && sign.codes.contains(code)) {
                return sign;
            }
        }
        return null;
    }

    /** True for the vital signs of the FHIR vital-signs profile, which carry its category. */
    boolean vitalSignsCategory() {
        return system.equals(FhirCodes.LOINC);
    }
}
