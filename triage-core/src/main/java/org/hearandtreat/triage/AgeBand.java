package org.hearandtreat.triage;

import java.time.Period;
import org.jspecify.annotations.Nullable;

/**
 * An age band a vocabulary entry is restricted to: from {@code from} (inclusive) to below {@code below}, either end
 * open when null, both ISO-8601 periods ({@code "from": "P10Y", "below": "P61Y"}). Immutable and thread-safe.
 *
 * @param from  youngest age included, or null for no lower bound
 * @param below age from which the band no longer applies, or null for no upper bound
 */
public record AgeBand(@Nullable Period from, @Nullable Period below) {

    public AgeBand {
        Age.validate("from", from);
        Age.validate("below", below);
        if (from == null && below == null) {
            throw new InvalidFieldException("ages", "{}", "from, below or both");
        }
        if (from != null && below != null && Age.inDays(below) <= Age.inDays(from)) {
            throw new InvalidFieldException("below", below, "an age above from (" + from + ")");
        }
    }

    /**
     * @param age an age
     * @return true when the age is inside the band
     */
    public boolean contains(Period age) {
        double days = Age.inDays(age);
        return (from == null || days >= Age.inDays(from)) && (below == null || days < Age.inDays(below));
    }
}
