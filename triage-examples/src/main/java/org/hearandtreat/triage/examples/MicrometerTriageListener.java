package org.hearandtreat.triage.examples;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import org.hearandtreat.triage.Dispatch;
import org.hearandtreat.triage.HearAndTreat;
import org.hearandtreat.triage.ReloadResult;
import org.hearandtreat.triage.RuleSetInfo;
import org.hearandtreat.triage.SafetyFlag;
import org.hearandtreat.triage.TriageListener;

/**
 * A sample {@link TriageListener} that reports to Micrometer, for a service dashboard: evaluations by disposition and
 * pathway, evaluation latency, hear and treat withheld, default callbacks, failures and reloads, each tagged with the
 * rule set's id and version. No tag carries a patient detail. Register it with
 * {@code TriageEngine.builder(ruleSet).listener(new MicrometerTriageListener(registry)).build()}.
 *
 * <table>
 *   <caption>Meters</caption>
 *   <tr><td>{@code triage.evaluations}</td><td>counter; tags {@code disposition} (C1, C2, C3, C4 or the service code),
 *   {@code pathway} (DISPATCH or the service kind)</td></tr>
 *   <tr><td>{@code triage.evaluation.latency}</td><td>timer; tag {@code guidance}</td></tr>
 *   <tr><td>{@code triage.hear_and_treat.withheld}</td><td>counter; tag {@code reason} (the safety flag)</td></tr>
 *   <tr><td>{@code triage.default_callbacks}</td><td>counter: no rule reached a disposition</td></tr>
 *   <tr><td>{@code triage.failures}</td><td>counter; tag {@code failure}</td></tr>
 *   <tr><td>{@code triage.reloads}</td><td>counter; tag {@code outcome} (APPLIED or the stage that refused it)</td></tr>
 * </table>
 */
public final class MicrometerTriageListener implements TriageListener {

    private final MeterRegistry registry;

    /** @param registry where the meters are registered */
    public MicrometerTriageListener(MeterRegistry registry) {
        this.registry = registry;
    }

    private static Tags ruleSet(RuleSetInfo info) {
        return Tags.of("ruleset", info.id(), "ruleset.version", info.version());
    }

    @Override
    public void evaluated(Evaluated event) {
        Tags ruleSet = ruleSet(event.ruleSet());
        String disposition;
        String pathway;
        if (event.disposition() instanceof Dispatch dispatch) {
            disposition = dispatch.category().name();
            pathway = "DISPATCH";
        } else {
            HearAndTreat referral = (HearAndTreat) event.disposition();
            disposition = referral.service();
            pathway = referral.kind().name();
        }
        Counter.builder("triage.evaluations").tags(ruleSet).tag("disposition", disposition).tag("pathway", pathway)
                .register(registry).increment();
        Timer.builder("triage.evaluation.latency").tags(ruleSet).tag("guidance", event.guidance().name())
                .register(registry).record(event.elapsed());
        for (SafetyFlag flag : event.flags()) {
            if (flag == SafetyFlag.DEFAULT_NO_RULE_FIRED) {
                Counter.builder("triage.default_callbacks").tags(ruleSet).register(registry).increment();
            } else if (flag.name().startsWith("HEAR_AND_TREAT_WITHHELD")) {
                Counter.builder("triage.hear_and_treat.withheld").tags(ruleSet).tag("reason", flag.name())
                        .register(registry).increment();
            }
        }
    }

    @Override
    public void failed(Failed event) {
        Counter.builder("triage.failures").tags(ruleSet(event.ruleSet())).tag("failure", event.failure().name())
                .register(registry).increment();
    }

    @Override
    public void reloaded(ReloadResult result) {
        Counter.builder("triage.reloads").tags(ruleSet(result.serving()))
                .tag("outcome", result.applied() ? "APPLIED" : String.valueOf(result.rejectedAt()))
                .register(registry).increment();
    }
}
