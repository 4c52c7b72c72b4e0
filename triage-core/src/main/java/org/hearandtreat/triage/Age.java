package org.hearandtreat.triage;

import java.time.Period;
import org.jspecify.annotations.Nullable;

/**
 * Conversions between an age given as an ISO-8601 period ({@code P10D}, {@code P6W}, {@code P18M}, {@code P84Y}) and
 * the units clinical criteria use. A month is a twelfth of a 365.25-day year, so {@code P3M} and {@code P13W} compare
 * as 91.3 and 91 days and {@code P192M} equals {@code P16Y}: a criterion written in the units the age was given in
 * compares exactly. Stateless.
 */
public final class Age {

    /** Days in a year, on average. */
    public static final double DAYS_PER_YEAR = 365.25;
    /** Days in a month, on average (exact in binary floating point). */
    public static final double DAYS_PER_MONTH = DAYS_PER_YEAR / 12;
    /** The oldest age accepted. */
    public static final Period OLDEST = Period.ofYears(130);

    private Age() {
    }

    /**
     * @param age an age
     * @return the age in days, months counted as {@link #DAYS_PER_MONTH}
     */
    public static double inDays(Period age) {
        return age.toTotalMonths() * DAYS_PER_MONTH + age.getDays();
    }

    /**
     * @param age an age
     * @return the completed years
     */
    public static int completedYears(Period age) {
        return (int) Math.floor(inDays(age) / DAYS_PER_YEAR + 1e-9);
    }

    /**
     * Checks an age: no negative part, at most 130 years.
     *
     * @param field the field name for the error
     * @param age   the age, or null when not known
     * @return the age
     * @throws InvalidFieldException naming the field and the value
     */
    static @Nullable Period validate(String field, @Nullable Period age) {
        if (age != null && (age.isNegative() || inDays(age) > inDays(OLDEST))) {
            throw new InvalidFieldException(field, age, "an ISO-8601 period from P0D to P130Y, such as P10D, P6W, P18M or P84Y");
        }
        return age;
    }
}
