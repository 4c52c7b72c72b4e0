package org.hearandtreat.triage;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A value given to a model constructor is not acceptable: it names the field, the rejected value and what was
 * expected, so that an edge (JSON reader, command line) can point the user at the exact input to fix.
 *
 * <p>Instances are immutable and thread-safe. All constructor arguments except {@code value} must be non-null.
 */
public final class InvalidFieldException extends IllegalArgumentException {

    private final String field;
    private final @Nullable String value;
    private final String expected;

    /**
     * @param field    the field name, relative to the object being constructed (for example {@code "pulse"})
     * @param value    the rejected value as the caller gave it, or {@code null} when the value was missing
     * @param expected what would have been accepted, in words (for example {@code "an integer from 0 to 300"})
     */
    public InvalidFieldException(String field, @Nullable Object value, String expected) {
        super(field + ": " + (value == null ? "missing" : "'" + printable(String.valueOf(value)) + "'")
                + " is not valid; expected " + expected);
        this.field = Objects.requireNonNull(field, "field");
        this.value = value == null ? null : String.valueOf(value);
        this.expected = Objects.requireNonNull(expected, "expected");
    }

    /**
     * A rejected value goes into a message a person reads, often one line of a log or a terminal: control characters
     * are shown escaped, so that a value cannot forge a line, and a long value is cut short.
     */
    static String printable(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length() && out.length() < 120; i++) {
            char c = value.charAt(i);
            out.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return value.length() > out.length() && out.length() >= 120 ? out + "…" : out.toString();
    }

    /** @return the field name relative to the object being constructed */
    public String field() {
        return field;
    }

    /** @return the rejected value as text, or {@code null} when it was missing */
    public @Nullable String value() {
        return value;
    }

    /** @return what would have been accepted */
    public String expected() {
        return expected;
    }

    static <T> T required(String field, @Nullable T value, String expected) {
        if (value == null) {
            throw new InvalidFieldException(field, null, expected);
        }
        return value;
    }

    static @Nullable Integer inRange(String field, @Nullable Integer value, int min, int max, String unit) {
        if (value != null && (value < min || value > max)) {
            throw new InvalidFieldException(field, value, "a whole number from " + min + " to " + max + " " + unit);
        }
        return value;
    }
}
