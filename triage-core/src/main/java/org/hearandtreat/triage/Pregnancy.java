package org.hearandtreat.triage;

import org.jspecify.annotations.Nullable;

/**
 * The patient's pregnancy status. Immutable and thread-safe; {@code status} must be non-null, {@code gestationWeeks}
 * is given only for {@link Status#PREGNANT} and {@code weeksSinceBirth} only for
 * {@link Status#POSTPARTUM_WITHIN_6_WEEKS} (null there means not known).
 *
 * @param status          pregnancy status
 * @param gestationWeeks  completed weeks of gestation, 0–45, when pregnant and known; otherwise null
 * @param weeksSinceBirth completed weeks since giving birth, 0–5, when postpartum and known; otherwise null
 */
public record Pregnancy(Status status, @Nullable Integer gestationWeeks, @Nullable Integer weeksSinceBirth) {

    /** Pregnancy status. */
    public enum Status {
        NOT_PREGNANT,
        PREGNANT,
        /** Gave birth within the last 6 weeks. */
        POSTPARTUM_WITHIN_6_WEEKS,
        UNKNOWN
    }

    /** Not pregnant. */
    public static final Pregnancy NOT_PREGNANT = new Pregnancy(Status.NOT_PREGNANT, null);
    /** Pregnancy status not known. */
    public static final Pregnancy UNKNOWN = new Pregnancy(Status.UNKNOWN, null);
    /** Gave birth within the last 6 weeks. */
    public static final Pregnancy POSTPARTUM = new Pregnancy(Status.POSTPARTUM_WITHIN_6_WEEKS, null);

    public Pregnancy {
        InvalidFieldException.required("status", status,
                "one of NOT_PREGNANT, PREGNANT, POSTPARTUM_WITHIN_6_WEEKS, UNKNOWN");
        InvalidFieldException.inRange("gestationWeeks", gestationWeeks, 0, 45, "weeks");
        if (gestationWeeks != null && status != Status.PREGNANT) {
            throw new InvalidFieldException("gestationWeeks", gestationWeeks,
                    "no gestation unless status is PREGNANT (status is " + status + ")");
        }
        InvalidFieldException.inRange("weeksSinceBirth", weeksSinceBirth, 0, 5, "completed weeks (within 6 weeks)");
        if (weeksSinceBirth != null && status != Status.POSTPARTUM_WITHIN_6_WEEKS) {
            throw new InvalidFieldException("weeksSinceBirth", weeksSinceBirth,
                    "no weeks since birth unless status is POSTPARTUM_WITHIN_6_WEEKS (status is " + status + ")");
        }
    }

    /** A status with neither gestation nor weeks since birth. */
    public Pregnancy(Status status, @Nullable Integer gestationWeeks) {
        this(status, gestationWeeks, null);
    }

    /**
     * @param weeksSinceBirth completed weeks since giving birth, 0–5, or null when not known
     * @return gave birth that many weeks ago
     */
    public static Pregnancy postpartum(@Nullable Integer weeksSinceBirth) {
        return new Pregnancy(Status.POSTPARTUM_WITHIN_6_WEEKS, null, weeksSinceBirth);
    }

    /**
     * @param gestationWeeks completed weeks, 0–45, or null when not known
     * @return a pregnancy of the given gestation
     */
    public static Pregnancy pregnant(@Nullable Integer gestationWeeks) {
        return new Pregnancy(Status.PREGNANT, gestationWeeks);
    }

    /** @return true when pregnant or within 6 weeks after giving birth */
    public boolean pregnantOrRecentlyPregnant() {
        return status == Status.PREGNANT || status == Status.POSTPARTUM_WITHIN_6_WEEKS;
    }
}
