package org.hearandtreat.triage.protocols;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hearandtreat.triage.ArpCategory;
import org.hearandtreat.triage.Dispatch;
import org.hearandtreat.triage.HearAndTreat;
import org.hearandtreat.triage.Vocabulary;
import org.hearandtreat.triage.Reason;
import org.hearandtreat.triage.RuleDescription;
import org.junit.jupiter.api.Test;

/** The case suite must exercise every rule, every ARP category and every referral pathway. */
class RuleCoverageTest {

    @Test
    void everyRuleIsFiredByAtLeastOneCase() {
        Set<String> fired = ReferenceProtocols.cases().stream()
                .flatMap(f -> ReferenceProtocols.engine().evaluate(f.triageCase().assessment()).reasons().stream())
                .map(Reason::ruleId).collect(Collectors.toSet());
        Set<String> neverFired = ReferenceProtocols.ruleSet().rules().stream().map(RuleDescription::id)
                .filter(id -> !fired.contains(id)).collect(Collectors.toCollection(TreeSet::new));

        assertThat(neverFired).as("rules that no case fires").isEmpty();
    }

    @Test
    void casesReachEveryCategoryAndEveryService() {
        Set<ArpCategory> categories = EnumSet.noneOf(ArpCategory.class);
        Set<String> services = new TreeSet<>();
        ReferenceProtocols.cases().forEach(f -> {
            if (ReferenceProtocols.expected(f.triageCase()) instanceof Dispatch d) {
                categories.add(d.category());
            } else if (ReferenceProtocols.expected(f.triageCase()) instanceof HearAndTreat h) {
                services.add(h.service());
            }
        });

        assertThat(categories).containsExactlyInAnyOrder(ArpCategory.values());
        assertThat(services).containsExactlyInAnyOrderElementsOf(ReferenceProtocols.ruleSet().vocabulary().services()
                .stream().map(Vocabulary.Service::code).toList());
    }
}
