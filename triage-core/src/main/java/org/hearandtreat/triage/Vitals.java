package org.hearandtreat.triage;

/**
 * Vital signs measured or reported during the call. Immutable and thread-safe. Every component is optional (null
 * means not measured); a value outside what a living patient or a working instrument can show is rejected with the
 * field and the value.
 *
 * @param respirationRate    breaths per minute, 0–100
 * @param spo2               oxygen saturation in percent, 1–100
 * @param onOxygen           true when breathing supplemental oxygen, false on air
 * @param systolicBp         systolic blood pressure in mmHg, 20–300
 * @param pulse              heart rate per minute, 0–300
 * @param consciousness      ACVPU level
 * @param temperatureCelsius body temperature in °C, 15.0–45.0
 */
public record Vitals(Integer respirationRate,
                     Integer spo2,
                     Boolean onOxygen,
                     Integer systolicBp,
                     Integer pulse,
                     Consciousness consciousness,
                     Double temperatureCelsius) {

    /** No observations at all. */
    public static final Vitals NONE = new Vitals(null, null, null, null, null, null, null);

    public Vitals {
        InvalidFieldException.inRange("respirationRate", respirationRate, 0, 100, "breaths/min");
        InvalidFieldException.inRange("spo2", spo2, 1, 100, "%");
        InvalidFieldException.inRange("systolicBp", systolicBp, 20, 300, "mmHg");
        InvalidFieldException.inRange("pulse", pulse, 0, 300, "beats/min");
        if (temperatureCelsius != null
                && (temperatureCelsius.isNaN() || temperatureCelsius < 15.0 || temperatureCelsius > 45.0)) {
            throw new InvalidFieldException("temperatureCelsius", temperatureCelsius, "a temperature from 15.0 to 45.0 °C");
        }
    }

    /** @return a copy with the respiration rate set */
    public Vitals withRespirationRate(Integer value) {
        return new Vitals(value, spo2, onOxygen, systolicBp, pulse, consciousness, temperatureCelsius);
    }

    /** @return a copy with SpO2 set */
    public Vitals withSpo2(Integer value) {
        return new Vitals(respirationRate, value, onOxygen, systolicBp, pulse, consciousness, temperatureCelsius);
    }

    /** @return a copy with the oxygen flag set */
    public Vitals withOnOxygen(Boolean value) {
        return new Vitals(respirationRate, spo2, value, systolicBp, pulse, consciousness, temperatureCelsius);
    }

    /** @return a copy with the systolic blood pressure set */
    public Vitals withSystolicBp(Integer value) {
        return new Vitals(respirationRate, spo2, onOxygen, value, pulse, consciousness, temperatureCelsius);
    }

    /** @return a copy with the pulse set */
    public Vitals withPulse(Integer value) {
        return new Vitals(respirationRate, spo2, onOxygen, systolicBp, value, consciousness, temperatureCelsius);
    }

    /** @return a copy with the consciousness level set */
    public Vitals withConsciousness(Consciousness value) {
        return new Vitals(respirationRate, spo2, onOxygen, systolicBp, pulse, value, temperatureCelsius);
    }

    /** @return a copy with the temperature set */
    public Vitals withTemperatureCelsius(Double value) {
        return new Vitals(respirationRate, spo2, onOxygen, systolicBp, pulse, consciousness, value);
    }
}
