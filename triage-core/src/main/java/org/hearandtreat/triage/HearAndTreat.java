package org.hearandtreat.triage;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A hear-and-treat referral: the caller is sent to a service instead of an ambulance. Immutable and thread-safe.
 * Made by a rule set's {@link Vocabulary.Service#refer(Duration)}, which applies the service's default and maximum
 * time frame; {@code within} is null only for a {@link ServiceKind#SELF_CARE} service.
 *
 * @param service the service code from the rule set's vocabulary
 * @param label   the service's clinician-readable name
 * @param kind    the kind of service
 * @param within  how soon care is needed, from 1 minute to 14 days; null for self-care
 * @param codings the service's standard codes from the vocabulary (SNOMED CT), or empty; they describe the service
 *                and take no part in deciding
 */
public record HearAndTreat(String service, String label, ServiceKind kind, @Nullable Duration within,
                           List<Coding> codings) implements Disposition {

    public HearAndTreat {
        codings = Coding.listOf(codings);
        InvalidFieldException.required("service", service, "a service code");
        InvalidFieldException.required("label", label, "a service label");
        InvalidFieldException.required("kind", kind, "a service kind");
        if (kind == ServiceKind.SELF_CARE && within != null) {
            throw new InvalidFieldException("within", within, "no time frame for " + service);
        }
        if (kind != ServiceKind.SELF_CARE) {
            InvalidFieldException.required("within", within, "a time frame (ISO-8601 duration such as PT4H) for " + service);
            if (within.compareTo(Duration.ofMinutes(1)) < 0 || within.compareTo(Vocabulary.LONGEST_TIMEFRAME) > 0) {
                throw new InvalidFieldException("within", within, "a time frame from PT1M to P14D");
            }
        }
    }

    /** A referral to a service without codings. */
    public HearAndTreat(String service, String label, ServiceKind kind, @Nullable Duration within) {
        this(service, label, kind, within, null);
    }

    @Override
    public boolean isDispatch() {
        return false;
    }

    @Override
    public String code() {
        return within == null ? service : service + "/" + within;
    }

    @Override
    public String describe() {
        return within == null ? "Hear and treat: " + label : "Hear and treat: " + label + " within " + humanise(within);
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
