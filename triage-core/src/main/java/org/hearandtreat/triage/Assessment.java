package org.hearandtreat.triage;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One remote clinical assessment: the patient, the presenting complaint, the answers given so far, the vital signs
 * and the instant the triage is evaluated at. Immutable and thread-safe; build one with {@link #builder()}.
 * {@code vitals} is never null: {@link Vitals#NONE} when nothing was measured (null, or vitals omitted from JSON,
 * means the same).
 *
 * <p>Codes (complaint, question and risk-factor codes) are checked against the rule set's vocabulary when the
 * assessment is evaluated, not here, because the vocabulary is data that ships with a rule set. The evaluation
 * instant is an input so that any past triage replays exactly: nothing in the engine reads the wall clock.
 *
 * @param patient     the patient
 * @param complaint   presenting-complaint code from the rule set's vocabulary; it orders the questions, findings decide
 * @param answers     answers keyed by question code; a question not asked is simply absent
 * @param vitals      vital signs; {@link Vitals#NONE} when none were taken
 * @param evaluatedAt the instant this triage is evaluated at
 */
public record Assessment(Patient patient,
                         String complaint,
                         Map<String, Answer> answers,
                         Vitals vitals,
                         Instant evaluatedAt) {

    /** Most answers one assessment may carry; far more than any protocol asks, far less than a hostile payload. */
    public static final int MAX_ANSWERS = 500;
    /** Longest code accepted, in characters. */
    public static final int MAX_CODE_LENGTH = 64;

    public Assessment(Patient patient, String complaint, Map<String, Answer> answers, @Nullable Vitals vitals,
                      Instant evaluatedAt) {
        this.patient = InvalidFieldException.required("patient", patient, "a patient");
        InvalidFieldException.required("complaint", complaint, "a presenting-complaint code");
        if (complaint.isBlank() || complaint.length() > MAX_CODE_LENGTH) {
            throw new InvalidFieldException("complaint", abbreviate(complaint),
                    "a presenting-complaint code of 1 to " + MAX_CODE_LENGTH + " characters");
        }
        this.complaint = complaint;
        InvalidFieldException.required("answers", answers, "an object of question code to YES, NO or UNKNOWN");
        if (answers.size() > MAX_ANSWERS) {
            throw new InvalidFieldException("answers", answers.size() + " answers", "at most " + MAX_ANSWERS + " answers");
        }
        Map<String, Answer> copy = new LinkedHashMap<>();
        answers.forEach((code, answer) -> {
            requireCode("answers", code, "question codes");
            copy.put(code, InvalidFieldException.required("answers." + code, answer, "one of YES, NO, UNKNOWN"));
        });
        this.answers = Collections.unmodifiableMap(copy);
        this.vitals = vitals == null ? Vitals.NONE : vitals;
        this.evaluatedAt = InvalidFieldException.required("evaluatedAt", evaluatedAt,
                "an ISO-8601 instant such as 2026-11-23T14:05:00Z");
    }

    static void requireCode(String field, @Nullable String code, String what) {
        if (code == null || code.isBlank() || code.length() > MAX_CODE_LENGTH) {
            throw new InvalidFieldException(field, code == null ? null : abbreviate(code),
                    what + " of 1 to " + MAX_CODE_LENGTH + " characters");
        }
    }

    private static String abbreviate(String value) {
        return value.length() <= 80 ? value : value.substring(0, 40) + "..." + " (" + value.length() + " characters)";
    }

    /**
     * @param code   question code
     * @param answer the answer
     * @return a copy with this one answer added or replaced
     */
    public Assessment withAnswer(String code, Answer answer) {
        Objects.requireNonNull(code, "code");
        Map<String, Answer> changed = new LinkedHashMap<>(answers);
        changed.put(code, answer);
        return new Assessment(patient, complaint, changed, vitals, evaluatedAt);
    }

    /**
     * @param riskFactor risk-factor code
     * @param answer     the answer
     * @return a copy whose patient has this one history answer added or replaced
     */
    public Assessment withHistory(String riskFactor, Answer answer) {
        return withPatient(patient.toBuilder().history(riskFactor, answer).build());
    }

    /** @return a copy with the given patient */
    public Assessment withPatient(Patient newPatient) {
        return new Assessment(newPatient, complaint, answers, vitals, evaluatedAt);
    }

    /** @return a copy opened under another complaint */
    public Assessment withComplaint(String newComplaint) {
        return new Assessment(patient, newComplaint, answers, vitals, evaluatedAt);
    }

    /** @return a copy with the given vitals ({@link Vitals#NONE} for none) */
    public Assessment withVitals(Vitals newVitals) {
        return new Assessment(patient, complaint, answers, newVitals, evaluatedAt);
    }

    /** @return a copy evaluated at another instant */
    public Assessment at(Instant instant) {
        return new Assessment(patient, complaint, answers, vitals, instant);
    }

    /** @return a builder with no answers and no vitals */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Assessment} with named setters. Not thread-safe. */
    public static final class Builder {
        private @Nullable Patient patient;
        private @Nullable String complaint;
        private final Map<String, Answer> answers = new LinkedHashMap<>();
        private Vitals vitals = Vitals.NONE;
        private @Nullable Instant evaluatedAt;

        private Builder() {
        }

        /** @param value the patient */
        public Builder patient(Patient value) {
            patient = value;
            return this;
        }

        /** @param value presenting-complaint code */
        public Builder complaint(String value) {
            complaint = value;
            return this;
        }

        /**
         * @param question question code
         * @param answer   the answer
         */
        public Builder answer(String question, Answer answer) {
            answers.put(question, answer);
            return this;
        }

        /** @param all answers by question code, added to any given before */
        public Builder answers(Map<String, Answer> all) {
            answers.putAll(all);
            return this;
        }

        /** @param value vital signs */
        public Builder vitals(Vitals value) {
            vitals = value;
            return this;
        }

        /** @param value the evaluation instant */
        public Builder evaluatedAt(Instant value) {
            evaluatedAt = value;
            return this;
        }

        /** @return the assessment; throws {@link InvalidFieldException} naming the first missing or bad field */
        public Assessment build() {
            return new Assessment(patient, complaint, answers, vitals, evaluatedAt);
        }
    }
}
