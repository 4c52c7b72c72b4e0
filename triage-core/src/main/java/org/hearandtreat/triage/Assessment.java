package org.hearandtreat.triage;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One remote clinical assessment: the patient, the presenting complaint, the answers given so far, optional vital
 * signs and the instant the triage is evaluated at. Immutable and thread-safe. {@code patient}, {@code complaint},
 * {@code answers} and {@code evaluatedAt} are required; {@code vitals} is null when none were taken.
 *
 * <p>Codes (complaint and question codes) are checked against the rule set's vocabulary when the assessment is
 * evaluated, not here, because the vocabulary is data that ships with a rule set. The evaluation instant is an input
 * so that any past triage replays exactly: nothing in the engine reads the wall clock.
 *
 * @param patient     the patient
 * @param complaint   presenting-complaint code from the rule set's vocabulary
 * @param answers     answers keyed by question code; a question not asked is simply absent
 * @param vitals      vital signs, or null
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

    public Assessment {
        InvalidFieldException.required("patient", patient, "a patient");
        InvalidFieldException.required("complaint", complaint, "a presenting-complaint code");
        if (complaint.isBlank() || complaint.length() > MAX_CODE_LENGTH) {
            throw new InvalidFieldException("complaint", abbreviate(complaint),
                    "a presenting-complaint code of 1 to " + MAX_CODE_LENGTH + " characters");
        }
        InvalidFieldException.required("answers", answers, "an object of question code to YES, NO or UNKNOWN");
        if (answers.size() > MAX_ANSWERS) {
            throw new InvalidFieldException("answers", answers.size() + " answers", "at most " + MAX_ANSWERS + " answers");
        }
        Map<String, Answer> copy = new LinkedHashMap<>();
        answers.forEach((code, answer) -> {
            if (code == null || code.isBlank() || code.length() > MAX_CODE_LENGTH) {
                throw new InvalidFieldException("answers", code == null ? null : abbreviate(code),
                        "question codes of 1 to " + MAX_CODE_LENGTH + " characters");
            }
            copy.put(code, InvalidFieldException.required("answers." + code, answer, "one of YES, NO, UNKNOWN"));
        });
        answers = Collections.unmodifiableMap(copy);
        InvalidFieldException.required("evaluatedAt", evaluatedAt, "an ISO-8601 instant such as 2026-11-23T14:05:00Z");
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

    /** @return a copy with the given vitals (null for none) */
    public Assessment withVitals(Vitals newVitals) {
        return new Assessment(patient, complaint, answers, newVitals, evaluatedAt);
    }

    /** @return a copy evaluated at another instant */
    public Assessment at(Instant instant) {
        return new Assessment(patient, complaint, answers, vitals, instant);
    }
}
