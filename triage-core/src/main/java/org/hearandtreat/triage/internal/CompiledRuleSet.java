package org.hearandtreat.triage.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hearandtreat.triage.RuleDescription;
import org.hearandtreat.triage.RuleSetInfo;
import org.hearandtreat.triage.Vocabulary;
import org.kie.api.definition.rule.Rule;

/**
 * A validated rule set ready to evaluate: a pool of reusable sessions of its KieBase shared by all threads, the
 * vocabulary and the rule metadata. Immutable after construction and thread-safe.
 *
 * @param info                rule-set id, version and content hash
 * @param vocabulary          the codes it understands
 * @param sessions            reusable sessions; safe to share between threads
 * @param rules               rule metadata keyed by Drools rule
 * @param ruleList            rule metadata in package and id order
 * @param readByPresent       question codes some rule reads with {@code present(...)}
 * @param readOtherwise       question codes some rule reads with {@code absent(...)} or {@code answered(...)}
 * @param riskFactorsRead     risk-factor codes some rule reads with {@code hasRisk(...)}
 * @param findingTriggers     question codes some rule is written on as {@code Finding( code == ... )}
 * @param index               lookups derived from the vocabulary
 * @param codesNamedByRules   every question, complaint, risk-factor, service and advice code some rule names
 */
public record CompiledRuleSet(RuleSetInfo info,
                       Vocabulary vocabulary,
                       SessionPool sessions,
                       Map<Rule, RuleDescription> rules,
                       List<RuleDescription> ruleList,
                       Set<String> readByPresent,
                       Set<String> readOtherwise,
                       Set<String> riskFactorsRead,
                       Set<String> findingTriggers,
                       VocabularyIndex index,
                       Set<String> codesNamedByRules) {
}
