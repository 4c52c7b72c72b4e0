package org.hearandtreat.triage.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.hearandtreat.triage.Disposition;
import org.hearandtreat.triage.InvalidAssessmentException.Violation;
import org.hearandtreat.triage.InvalidFieldException;

/**
 * The one strictly configured Jackson mapper and the translation of its errors into violations that name the JSON
 * path, the value and what was expected. Thread-safe: the mapper is configured once and never changed.
 */
public final class Json {

    /** Longest JSON string accepted: far above any description or question text, far below a hostile payload. */
    public static final int MAX_STRING_LENGTH = 20_000;
    /** Largest JSON document accepted, in characters: see {@link org.hearandtreat.triage.TriageJson#MAX_DOCUMENT_LENGTH}. */
    public static final int MAX_DOCUMENT_LENGTH = org.hearandtreat.triage.TriageJson.MAX_DOCUMENT_LENGTH;

    /** Strict: unknown properties, duplicate keys, trailing tokens and type coercions are all errors. */
    public static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxStringLength(MAX_STRING_LENGTH).maxNestingDepth(32).maxNumberLength(32)
                            .maxDocumentLength(MAX_DOCUMENT_LENGTH).build())
                    .build())
            .addModule(new JavaTimeModule())
            .addModule(DispositionJson.module())
            .addModule(BoundedAnswersDeserializer.module())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .withCoercionConfigDefaults(c -> c
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Float, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.TryConvert)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    private Json() {
    }

    /**
     * Turns a Jackson failure into violations naming the JSON path.
     *
     * @param e the failure
     * @return one violation describing it
     */
    public static Violation violation(JsonProcessingException e) {
        StreamReadException malformed = malformed(e);
        if (malformed != null) {
            String where = e instanceof JsonMappingException m ? path(m) : "$";
            if (malformed.getProcessor() != null) {
                String name = malformed.getProcessor().getParsingContext() == null ? null
                        : malformed.getProcessor().getParsingContext().getCurrentName();
                if (name != null && !where.endsWith("." + name)) {
                    where += "." + name;
                }
            }
            if (malformed.getLocation() != null) {
                where += " (line " + malformed.getLocation().getLineNr() + ", column "
                        + malformed.getLocation().getColumnNr() + ")";
            }
            return new Violation(where, null, "well-formed JSON: " + firstLine(malformed.getOriginalMessage()));
        }
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", "));
            return new Violation(path(u), u.getPropertyName(), "no such property; known properties: " + known);
        }
        if (e instanceof ValueInstantiationException v) {
            Throwable cause = v.getCause();
            while (cause != null && !(cause instanceof InvalidFieldException) && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            if (cause instanceof InvalidFieldException f) {
                return new Violation(join(path(v), f.field()), f.value(), f.expected());
            }
            return new Violation(path(v), null, String.valueOf(v.getCause() == null ? v.getOriginalMessage()
                    : v.getCause().getMessage()));
        }
        if (e instanceof InvalidFormatException f) {
            return new Violation(path(f), String.valueOf(f.getValue()), expectedFor(f.getTargetType()));
        }
        if (e instanceof MismatchedInputException m) {
            return new Violation(path(m), null, expectedFor(m.getTargetType()) + " (" + firstLine(m.getOriginalMessage()) + ")");
        }
        if (e instanceof JsonMappingException m) {
            for (Throwable t = m.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
                if (t instanceof InvalidFieldException f) {
                    // a model rule a deserializer applied while reading (BoundedAnswersDeserializer)
                    return new Violation(f.field().isEmpty() ? path(m) : join(path(m), f.field()), f.value(),
                            f.expected());
                }
            }
            return new Violation(path(m), null, firstLine(m.getOriginalMessage()));
        }
        return new Violation("$", null, firstLine(e.getOriginalMessage()));
    }

    /** Jackson may wrap a parse error in a mapping error carrying the path; both are wanted. */
    private static StreamReadException malformed(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StreamReadException s) {
                return s;
            }
        }
        return null;
    }

    private static String expectedFor(Class<?> type) {
        if (type == null) {
            return "a value of the right type";
        }
        if (org.hearandtreat.triage.Disposition.class.isAssignableFrom(type)) {
            return "a disposition object with its type (DISPATCH or HEAR_AND_TREAT) and fields";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == java.time.Instant.class) {
            return "an ISO-8601 instant such as 2026-11-23T14:05:00Z";
        }
        if (type == java.time.Period.class) {
            return "an ISO-8601 period such as P10D, P6W, P18M or P84Y";
        }
        if (type == java.time.Duration.class) {
            return "an ISO-8601 duration such as PT4H";
        }
        if (List.class.isAssignableFrom(type) || type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object (" + type.getSimpleName() + ")";
    }

    private static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder("$");
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                out.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static String join(String path, String field) {
        return path.endsWith("." + field) ? path : path + "." + field;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
