package org.hearandtreat.triage;

import java.util.Comparator;

/**
 * The outcome of a triage: either an ambulance {@link Dispatch} in an ARP category, or a {@link HearAndTreat}
 * referral. Implementations are immutable records and thread-safe.
 *
 * <p>{@link #MOST_URGENT_FIRST} is the single urgency order the engine's safety policy uses: C1 before C2 (2A, 2B,
 * 2C) before C3 before C4 before any hear-and-treat referral; among referrals the shorter time frame first (self-care
 * has none and comes last), then by service kind and code. Two dispositions compare equal only when they are equal.
 */
public sealed interface Disposition permits Dispatch, HearAndTreat {

    /** Orders dispositions from most to least urgent; consistent with equals. */
    Comparator<Disposition> MOST_URGENT_FIRST = Disposition::compareUrgency;

    /** @return true for an ambulance dispatch, false for a hear-and-treat referral */
    boolean isDispatch();

    /** @return a short code, e.g. {@code C1}, {@code C2A}, {@code C3}, {@code GP/PT24H}, {@code SELF_CARE} */
    String code();

    /** @return a clinician-readable description */
    String describe();

    /**
     * @param other another disposition
     * @return true when this disposition is strictly more urgent than {@code other}
     */
    default boolean isMoreUrgentThan(Disposition other) {
        return MOST_URGENT_FIRST.compare(this, other) < 0;
    }

    /**
     * Clinical urgency alone: a lower category, or care needed sooner. Unlike {@link #MOST_URGENT_FIRST}, which also
     * orders different services with the same time frame so that selection is deterministic, this treats two
     * referrals with the same time frame as equally urgent. Safety checks (no answer may lower urgency, under- and
     * over-triage) use this.
     *
     * @param other another disposition
     * @return true when this disposition needs care strictly sooner than {@code other}
     */
    default boolean needsCareSoonerThan(Disposition other) {
        return careRank(this) < careRank(other);
    }

    private static long careRank(Disposition d) {
        if (d instanceof Dispatch dispatch) {
            return dispatch.rank();
        }
        java.time.Duration within = ((HearAndTreat) d).within();
        return within == null ? Long.MAX_VALUE : 10 + within.toMinutes();
    }

    private static int compareUrgency(Disposition a, Disposition b) {
        if (a instanceof Dispatch da && b instanceof Dispatch db) {
            return Integer.compare(da.rank(), db.rank());
        }
        if (a instanceof Dispatch) {
            return -1;
        }
        if (b instanceof Dispatch) {
            return 1;
        }
        HearAndTreat ha = (HearAndTreat) a;
        HearAndTreat hb = (HearAndTreat) b;
        if (ha.within() == null || hb.within() == null) {
            int byPresence = Boolean.compare(ha.within() == null, hb.within() == null);
            if (byPresence != 0) {
                return byPresence;
            }
        } else {
            int byTime = ha.within().compareTo(hb.within());
            if (byTime != 0) {
                return byTime;
            }
        }
        int byKind = ha.kind().compareTo(hb.kind());
        return byKind != 0 ? byKind : ha.service().compareTo(hb.service());
    }
}
