package org.hearandtreat.triage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import org.hearandtreat.triage.internal.Json;

/**
 * Strict JSON binding for assessments and results. Thread-safe. Unknown properties, duplicate keys, wrong types,
 * out-of-range values and trailing content are all rejected with an {@link InvalidAssessmentException} whose
 * violation names the JSON path, the value and what was expected. Nullable fields (unknown age, vitals, each vital
 * sign, an advance care plan) may be omitted; every other field, booleans included, must be given.
 */
public final class TriageJson {

    /**
     * Largest JSON document accepted, in characters: an assessment or case is a few kilobytes and a vocabulary well
     * under a megabyte, so anything larger is refused before or while it is read, never parsed in full.
     */
    public static final int MAX_DOCUMENT_LENGTH = 2_000_000;

    private TriageJson() {
    }

    /**
     * @param json an assessment as JSON
     * @return the assessment
     * @throws InvalidAssessmentException naming the JSON path of the first problem
     */
    public static Assessment readAssessment(String json) {
        return read(json, Assessment.class);
    }

    /**
     * Reads a case file: {@code description}, {@code assessment}, and optionally {@code expected} (a disposition code
     * such as {@code C2A} or {@code GP/PT24H}) and {@code expectedRules}.
     *
     * @param json a case as JSON
     * @return the case
     * @throws InvalidAssessmentException naming the JSON path of the first problem
     */
    public static TriageCase readCase(String json) {
        return read(json, TriageCase.class);
    }

    /**
     * @param json a triage result as JSON
     * @return the result
     * @throws InvalidAssessmentException naming the JSON path of the first problem
     */
    public static TriageResult readResult(String json) {
        return read(json, TriageResult.class);
    }

    /**
     * @param value an assessment, result or other model value
     * @return indented JSON
     */
    public static String write(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * @param value an assessment, result or other model value
     * @return JSON on one line, for JSON Lines files (one call per line)
     */
    public static String writeLine(Object value) {
        try {
            return Json.MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private static <T> T read(String json, Class<T> type) {
        if (json == null || json.isBlank()) {
            throw new InvalidAssessmentException(List.of(new InvalidAssessmentException.Violation("$", null,
                    "a JSON object")));
        }
        if (json.length() > MAX_DOCUMENT_LENGTH) {
            throw new InvalidAssessmentException(List.of(new InvalidAssessmentException.Violation("$",
                    json.length() + " characters", "a document of at most " + MAX_DOCUMENT_LENGTH + " characters")));
        }
        try {
            T value = Json.MAPPER.readValue(json, type);
            if (value == null) {
                throw new InvalidAssessmentException(List.of(new InvalidAssessmentException.Violation("$", "null",
                        "a JSON object")));
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new InvalidAssessmentException(List.of(Json.violation(e)));
        }
    }
}
