package org.hearandtreat.triage.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hearandtreat.triage.RuleDescription;
import org.hearandtreat.triage.RuleSetInfo;
import org.hearandtreat.triage.Vocabulary;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.StatelessKieSession;

/**
 * A validated rule set ready to evaluate: the KieBase, one pooled stateless session shared by all threads, the
 * vocabulary and the rule metadata. Immutable after construction and thread-safe.
 *
 * @param info                rule-set id, version and content hash
 * @param vocabulary          the codes it understands
 * @param kieBase             the compiled rules
 * @param session             a stateless session backed by a session pool; safe to share between threads
 * @param rules               rule metadata keyed by Drools rule
 * @param ruleList            rule metadata in package and id order
 * @param referencedQuestions question codes some rule reads
 * @param questionsByCode     the vocabulary's questions by code, in asking order
 * @param codesNamedByRules   every question, complaint and advice code some rule names
 */
public record CompiledRuleSet(RuleSetInfo info,
                       Vocabulary vocabulary,
                       KieBase kieBase,
                       StatelessKieSession session,
                       Map<Rule, RuleDescription> rules,
                       List<RuleDescription> ruleList,
                       Set<String> referencedQuestions,
                       Map<String, Vocabulary.Question> questionsByCode,
                       Set<String> codesNamedByRules) {
}
