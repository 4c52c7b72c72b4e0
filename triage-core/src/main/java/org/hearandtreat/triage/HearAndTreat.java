package org.hearandtreat.triage;

import java.time.Duration;

/**
 * A hear-and-treat referral: the caller is sent to a service instead of an ambulance. Immutable and thread-safe.
 * {@code pathway} is required; {@code within} is required for every pathway except {@link Pathway#SELF_CARE}, which
 * must have none. A pathway with a {@linkplain Pathway#fixedTimeframe() fixed time frame} takes it when
 * {@code within} is null and rejects any other.
 *
 * @param pathway the referral pathway
 * @param within  how soon care is needed, from 1 minute to 14 days
 */
public record HearAndTreat(Pathway pathway, Duration within) implements Disposition {

    private static final Duration LONGEST = Duration.ofDays(14);

    public HearAndTreat {
        InvalidFieldException.required("pathway", pathway, "a referral pathway");
        if (within == null) {
            within = pathway.fixedTimeframe();
        }
        if (!pathway.hasTimeframe() && within != null) {
            throw new InvalidFieldException("within", within, "no time frame for " + pathway);
        }
        if (pathway.hasTimeframe()) {
            InvalidFieldException.required("within", within, "a time frame (ISO-8601 duration such as PT4H) for " + pathway);
            if (within.compareTo(Duration.ofMinutes(1)) < 0 || within.compareTo(LONGEST) > 0) {
                throw new InvalidFieldException("within", within, "a time frame from PT1M to P14D");
            }
            if (pathway.fixedTimeframe() != null && !within.equals(pathway.fixedTimeframe())) {
                throw new InvalidFieldException("within", within, pathway.fixedTimeframe() + " for " + pathway);
            }
        }
    }

    @Override
    public boolean isDispatch() {
        return false;
    }

    @Override
    public String code() {
        return within == null ? pathway.name() : pathway.name() + "/" + within;
    }

    @Override
    public String describe() {
        return within == null ? "Hear and treat: " + pathway.label()
                : "Hear and treat: " + pathway.label() + " within " + humanise(within);
    }

    private static String humanise(Duration d) {
        if (d.toDays() > 0 && d.equals(Duration.ofDays(d.toDays()))) {
            return d.toDays() == 1 ? "1 day" : d.toDays() + " days";
        }
        if (d.toHours() > 0 && d.equals(Duration.ofHours(d.toHours()))) {
            return d.toHours() == 1 ? "1 hour" : d.toHours() + " hours";
        }
        return d.toMinutes() == 1 ? "1 minute" : d.toMinutes() + " minutes";
    }
}
