package org.hearandtreat.triage;

import org.jspecify.annotations.Nullable;

/**
 * Vital signs measured or reported during the call. Immutable and thread-safe; build them with {@link #builder()},
 * whose named setters make it impossible to put a pulse where the systolic pressure belongs. Every component is
 * optional (null means not measured); {@link #NONE} is the one way to say that nothing was measured. A value outside
 * what a living patient or a working instrument can show is rejected with the field and the value, as is a diastolic
 * pressure not below the systolic.
 *
 * <p>A fever the caller reports without a reading is an answer to a question, not a vital sign.
 *
 * @param respirationRate        breaths per minute, 0–100
 * @param spo2                   oxygen saturation in percent, 1–100
 * @param onOxygen               true when breathing supplemental oxygen, false on air
 * @param systolicBp             systolic blood pressure in mmHg, 20–300
 * @param pulse                  heart rate per minute, 0–300
 * @param consciousness          ACVPU level
 * @param temperatureCelsius     body temperature in °C, 15.0–45.0
 * @param diastolicBp            diastolic blood pressure in mmHg, 5–200, below the systolic
 * @param bloodGlucoseMmolL      capillary blood glucose in mmol/L, 0.5–60.0
 * @param capillaryRefillSeconds capillary refill time in seconds, 0–20
 */
public record Vitals(@Nullable Integer respirationRate,
                     @Nullable Integer spo2,
                     @Nullable Boolean onOxygen,
                     @Nullable Integer systolicBp,
                     @Nullable Integer pulse,
                     @Nullable Consciousness consciousness,
                     @Nullable Double temperatureCelsius,
                     @Nullable Integer diastolicBp,
                     @Nullable Double bloodGlucoseMmolL,
                     @Nullable Double capillaryRefillSeconds) {

    /** Nothing measured. */
    public static final Vitals NONE = builder().build();

    public Vitals {
        InvalidFieldException.inRange("respirationRate", respirationRate, 0, 100, "breaths/min");
        InvalidFieldException.inRange("spo2", spo2, 1, 100, "%");
        InvalidFieldException.inRange("systolicBp", systolicBp, 20, 300, "mmHg");
        InvalidFieldException.inRange("pulse", pulse, 0, 300, "beats/min");
        InvalidFieldException.inRange("diastolicBp", diastolicBp, 5, 200, "mmHg");
        decimal("temperatureCelsius", temperatureCelsius, 15.0, 45.0, "°C");
        decimal("bloodGlucoseMmolL", bloodGlucoseMmolL, 0.5, 60.0, "mmol/L");
        decimal("capillaryRefillSeconds", capillaryRefillSeconds, 0.0, 20.0, "seconds");
        if (diastolicBp != null && systolicBp != null && diastolicBp >= systolicBp) {
            throw new InvalidFieldException("diastolicBp", diastolicBp, "a diastolic pressure below the systolic ("
                    + systolicBp + " mmHg); were the two swapped?");
        }
    }

    private static void decimal(String field, @Nullable Double value, double min, double max, String unit) {
        if (value != null && (value.isNaN() || value < min || value > max)) {
            throw new InvalidFieldException(field, value, "a number from " + min + " to " + max + " " + unit);
        }
    }

    /** @return true when nothing was measured */
    public boolean nothingMeasured() {
        return equals(NONE);
    }

    /** @return a builder with nothing measured */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder starting from these vitals */
    public Builder toBuilder() {
        return new Builder().respirationRate(respirationRate).spo2(spo2).onOxygen(onOxygen).systolicBp(systolicBp)
                .pulse(pulse).consciousness(consciousness).temperatureCelsius(temperatureCelsius)
                .diastolicBp(diastolicBp).bloodGlucoseMmolL(bloodGlucoseMmolL)
                .capillaryRefillSeconds(capillaryRefillSeconds);
    }

    /** @return a copy with the respiration rate set */
    public Vitals withRespirationRate(@Nullable Integer value) {
        return toBuilder().respirationRate(value).build();
    }

    /** @return a copy with SpO2 set */
    public Vitals withSpo2(@Nullable Integer value) {
        return toBuilder().spo2(value).build();
    }

    /** @return a copy with the oxygen flag set */
    public Vitals withOnOxygen(@Nullable Boolean value) {
        return toBuilder().onOxygen(value).build();
    }

    /** @return a copy with the systolic blood pressure set */
    public Vitals withSystolicBp(@Nullable Integer value) {
        return toBuilder().systolicBp(value).build();
    }

    /** @return a copy with the pulse set */
    public Vitals withPulse(@Nullable Integer value) {
        return toBuilder().pulse(value).build();
    }

    /** @return a copy with the consciousness level set */
    public Vitals withConsciousness(@Nullable Consciousness value) {
        return toBuilder().consciousness(value).build();
    }

    /** @return a copy with the temperature set */
    public Vitals withTemperatureCelsius(@Nullable Double value) {
        return toBuilder().temperatureCelsius(value).build();
    }

    /** Builds {@link Vitals} with named setters; null clears a value. Not thread-safe. */
    public static final class Builder {
        private @Nullable Integer respirationRate;
        private @Nullable Integer spo2;
        private @Nullable Boolean onOxygen;
        private @Nullable Integer systolicBp;
        private @Nullable Integer pulse;
        private @Nullable Consciousness consciousness;
        private @Nullable Double temperatureCelsius;
        private @Nullable Integer diastolicBp;
        private @Nullable Double bloodGlucoseMmolL;
        private @Nullable Double capillaryRefillSeconds;

        private Builder() {
        }

        /** @param value breaths per minute */
        public Builder respirationRate(@Nullable Integer value) {
            respirationRate = value;
            return this;
        }

        /** @param value oxygen saturation in percent */
        public Builder spo2(@Nullable Integer value) {
            spo2 = value;
            return this;
        }

        /** @param value true on supplemental oxygen, false on air */
        public Builder onOxygen(@Nullable Boolean value) {
            onOxygen = value;
            return this;
        }

        /** @param value systolic blood pressure in mmHg */
        public Builder systolicBp(@Nullable Integer value) {
            systolicBp = value;
            return this;
        }

        /** @param value diastolic blood pressure in mmHg */
        public Builder diastolicBp(@Nullable Integer value) {
            diastolicBp = value;
            return this;
        }

        /** @param value heart rate per minute */
        public Builder pulse(@Nullable Integer value) {
            pulse = value;
            return this;
        }

        /** @param value ACVPU level */
        public Builder consciousness(@Nullable Consciousness value) {
            consciousness = value;
            return this;
        }

        /** @param value body temperature in °C */
        public Builder temperatureCelsius(@Nullable Double value) {
            temperatureCelsius = value;
            return this;
        }

        /** @param value capillary blood glucose in mmol/L */
        public Builder bloodGlucoseMmolL(@Nullable Double value) {
            bloodGlucoseMmolL = value;
            return this;
        }

        /** @param value capillary refill time in seconds */
        public Builder capillaryRefillSeconds(@Nullable Double value) {
            capillaryRefillSeconds = value;
            return this;
        }

        /** @return the vitals; throws {@link InvalidFieldException} naming the first bad field */
        public Vitals build() {
            return new Vitals(respirationRate, spo2, onOxygen, systolicBp, pulse, consciousness, temperatureCelsius,
                    diastolicBp, bloodGlucoseMmolL, capillaryRefillSeconds);
        }
    }
}
