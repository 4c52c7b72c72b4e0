package org.hearandtreat.triage;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Period;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The patient as described on the call. Immutable and thread-safe; build one with {@link #builder()}.
 *
 * <p>The age is an ISO-8601 period, from {@code P0D} to {@code P130Y}: {@code P10D} for a 10-day-old, {@code P6W},
 * {@code P18M}, {@code P84Y}; null when not known. {@code history} holds the answers to the rule set's risk factors
 * (its vocabulary's {@code riskFactors}), YES / NO / UNKNOWN by code; a risk factor not in the map was not asked, and
 * reads as its vocabulary entry says an UNKNOWN does. An omitted pregnancy is {@link Pregnancy#UNKNOWN} and an
 * omitted history is empty: nothing known, the safer reading.
 *
 * @param age             age as an ISO-8601 period, or null when not known
 * @param sex             reported sex
 * @param pregnancy       pregnancy status; never null once built
 * @param history         risk-factor answers by code
 * @param advanceCarePlan an end-of-life register entry or advance care plan, or null when none is known
 */
public record Patient(@Nullable Period age,
                      Sex sex,
                      Pregnancy pregnancy,
                      Map<String, Answer> history,
                      @Nullable AdvanceCarePlan advanceCarePlan) {

    /** Youngest and oldest ages, in years, at which a pregnancy is accepted. */
    public static final int PREGNANCY_FROM_YEARS = 10;
    /** See {@link #PREGNANCY_FROM_YEARS}. */
    public static final int PREGNANCY_TO_YEARS = 60;

    public Patient(@Nullable Period age, Sex sex, @Nullable Pregnancy pregnancy, @Nullable Map<String, Answer> history,
                   @Nullable AdvanceCarePlan advanceCarePlan) {
        this.age = Age.validate("age", age);
        this.sex = InvalidFieldException.required("sex", sex, "one of FEMALE, MALE, OTHER, UNKNOWN");
        this.pregnancy = pregnancy == null ? Pregnancy.UNKNOWN : pregnancy;
        if (this.pregnancy.pregnantOrRecentlyPregnant()) {
            if (sex == Sex.MALE) {
                throw new InvalidFieldException("pregnancy.status", this.pregnancy.status(),
                        "NOT_PREGNANT or UNKNOWN for a male patient");
            }
            if (age != null && (Age.inDays(age) < PREGNANCY_FROM_YEARS * Age.DAYS_PER_YEAR
                    || Age.completedYears(age) > PREGNANCY_TO_YEARS)) {
                throw new InvalidFieldException("pregnancy.status", this.pregnancy.status(),
                        "NOT_PREGNANT or UNKNOWN at age " + age + " (pregnancy is accepted from "
                                + PREGNANCY_FROM_YEARS + " to " + PREGNANCY_TO_YEARS + " years)");
            }
        }
        Map<String, Answer> copy = new LinkedHashMap<>();
        if (history != null) {
            if (history.size() > Assessment.MAX_ANSWERS) {
                throw new InvalidFieldException("history", history.size() + " answers",
                        "at most " + Assessment.MAX_ANSWERS + " answers");
            }
            history.forEach((code, answer) -> {
                Assessment.requireCode("history", code, "risk-factor codes");
                copy.put(code, InvalidFieldException.required("history." + code, answer, "one of YES, NO, UNKNOWN"));
            });
        }
        this.history = Collections.unmodifiableMap(copy);
        this.advanceCarePlan = advanceCarePlan;
    }

    /**
     * How JSON is read: {@code age} (ISO-8601 period) or its shorthand {@code ageYears} (whole years); both may be
     * given only when they agree.
     */
    @JsonCreator
    private static Patient fromJson(@JsonProperty("age") @Nullable Period age,
                                    @JsonProperty("ageYears") @Nullable Integer ageYears,
                                    @JsonProperty("sex") Sex sex,
                                    @JsonProperty("pregnancy") @Nullable Pregnancy pregnancy,
                                    @JsonProperty("history") @Nullable Map<String, Answer> history,
                                    @JsonProperty("advanceCarePlan") @Nullable AdvanceCarePlan advanceCarePlan) {
        return new Patient(reconcile(age, ageYears), sex, pregnancy, history, advanceCarePlan);
    }

    private static @Nullable Period reconcile(@Nullable Period age, @Nullable Integer ageYears) {
        InvalidFieldException.inRange("ageYears", ageYears, 0, 130, "years");
        Age.validate("age", age);
        if (ageYears == null) {
            return age;
        }
        if (age != null && Age.completedYears(age) != ageYears) {
            throw new InvalidFieldException("ageYears", ageYears, "the completed years of age " + age + " ("
                    + Age.completedYears(age) + "), or ageYears omitted");
        }
        return age != null ? age : Period.ofYears(ageYears);
    }

    /** @return true when the age is known */
    public boolean ageKnown() {
        return age != null;
    }

    /** @return a builder for a patient of unknown age and sex, with nothing known */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder starting from this patient */
    public Builder toBuilder() {
        Builder b = new Builder().age(age).sex(sex).pregnancy(pregnancy).advanceCarePlan(advanceCarePlan);
        b.history.putAll(history);
        return b;
    }

    /** Builds a {@link Patient} with named setters. Not thread-safe. */
    public static final class Builder {
        private @Nullable Period age;
        private Sex sex = Sex.UNKNOWN;
        private Pregnancy pregnancy = Pregnancy.UNKNOWN;
        private final Map<String, Answer> history = new LinkedHashMap<>();
        private @Nullable AdvanceCarePlan advanceCarePlan;

        private Builder() {
        }

        /** @param value age as an ISO-8601 period such as {@code Period.ofWeeks(6)}, or null when not known */
        public Builder age(@Nullable Period value) {
            age = value;
            return this;
        }

        /** @param value age in whole years */
        public Builder ageYears(int value) {
            return age(Period.ofYears(value));
        }

        /** @param value reported sex */
        public Builder sex(Sex value) {
            sex = value;
            return this;
        }

        /** @param value pregnancy status */
        public Builder pregnancy(Pregnancy value) {
            pregnancy = value;
            return this;
        }

        /**
         * @param riskFactor a risk-factor code of the rule set's vocabulary
         * @param answer     the answer
         */
        public Builder history(String riskFactor, Answer answer) {
            history.put(riskFactor, answer);
            return this;
        }

        /** @param value the advance care plan, or null */
        public Builder advanceCarePlan(@Nullable AdvanceCarePlan value) {
            advanceCarePlan = value;
            return this;
        }

        /** @return the patient; throws {@link InvalidFieldException} naming the first bad field */
        public Patient build() {
            return new Patient(age, sex, pregnancy, history, advanceCarePlan);
        }
    }
}
