package org.hearandtreat.triage;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Hears what the engine does, for metrics and monitoring: one event per evaluation, per failed evaluation and per
 * reload. Events carry the rule set, the disposition, the safety flags, the deciding rule and timings, never a
 * patient detail (no answers, vital signs, age or complaint).
 *
 * <p>Unlike the {@link AuditSink}, a listener can never affect triage: the engine hands events to a bounded queue and
 * returns; they are delivered on the listener executor (by default a daemon thread of the engine's own), in order, one
 * at a time. A listener that throws loses that event only; one that is slow or blocks makes the queue
 * fill up and further events are dropped, never the evaluation delayed. {@link TriageEngine#listenerHealth()} counts
 * both. Implement only the methods you need.
 *
 * <pre>{@code
 * TriageEngine engine = TriageEngine.builder(ruleSet).listener(new MyMetrics(registry)).build();
 * }</pre>
 */
public interface TriageListener {

    /** A listener that hears nothing. */
    TriageListener NONE = new TriageListener() { };

    /** @param event one evaluation that returned a result */
    default void evaluated(Evaluated event) {
    }

    /** @param event one evaluation that returned no result, or whose audit record failed */
    default void failed(Failed event) {
    }

    /** @param result one reload, applied or refused */
    default void reloaded(ReloadResult result) {
    }

    /**
     * One evaluation that returned a result.
     *
     * @param ruleSet        the rule set that produced it
     * @param disposition    the disposition
     * @param flags          the safety flags the engine raised
     * @param decidingRuleId the id of the rule (or engine policy) that decided
     * @param guidance       whether next-question guidance was computed
     * @param elapsed        the time the evaluation took
     */
    record Evaluated(RuleSetInfo ruleSet, Disposition disposition, List<SafetyFlag> flags, String decidingRuleId,
                     Guidance guidance, Duration elapsed) {
        public Evaluated {
            Objects.requireNonNull(ruleSet, "ruleSet");
            Objects.requireNonNull(disposition, "disposition");
            flags = List.copyOf(flags);
            Objects.requireNonNull(decidingRuleId, "decidingRuleId");
            Objects.requireNonNull(guidance, "guidance");
            Objects.requireNonNull(elapsed, "elapsed");
        }
    }

    /**
     * One evaluation that failed.
     *
     * @param ruleSet the rule set serving when it failed
     * @param failure what kind of failure
     * @param ruleId  the rule that failed, when known
     * @param elapsed the time until it failed
     */
    record Failed(RuleSetInfo ruleSet, Failure failure, @Nullable String ruleId, Duration elapsed) {
        public Failed {
            Objects.requireNonNull(ruleSet, "ruleSet");
            Objects.requireNonNull(failure, "failure");
            Objects.requireNonNull(elapsed, "elapsed");
        }
    }

    /** The kinds of failed evaluation, one per exception type of the engine. */
    enum Failure {
        /** The input was rejected ({@link InvalidAssessmentException}). */
        INVALID_ASSESSMENT,
        /** A rule misbehaved ({@link RuleEvaluationException}). */
        RULE_FAILED,
        /** The result was computed but not audited ({@link AuditFailedException}). */
        AUDIT_FAILED
    }

    /**
     * How event delivery is going.
     *
     * @param delivered events the listener took without throwing
     * @param dropped   events dropped because the queue was full (the listener is too slow)
     * @param failed    events the listener threw on, or that could not be scheduled
     */
    record Health(long delivered, long dropped, long failed) {
    }
}
