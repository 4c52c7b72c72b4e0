package org.hearandtreat.triage.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hearandtreat.triage.AdviceGiven;
import org.hearandtreat.triage.Answer;
import org.hearandtreat.triage.Assessment;
import org.hearandtreat.triage.Disposition;
import org.hearandtreat.triage.FindingFromVitals;
import org.hearandtreat.triage.HearAndTreat;
import org.hearandtreat.triage.InvalidAssessmentException;
import org.hearandtreat.triage.InvalidAssessmentException.Violation;
import org.hearandtreat.triage.NextQuestion;
import org.hearandtreat.triage.Patient;
import org.hearandtreat.triage.Reason;
import org.hearandtreat.triage.RuleDescription;
import org.hearandtreat.triage.RuleEvaluationException;
import org.hearandtreat.triage.SafetyFlag;
import org.hearandtreat.triage.TriageResult;
import org.hearandtreat.triage.Vocabulary;

/**
 * Evaluates assessments against one compiled rule set and applies the engine's safety policy, which no rule can
 * bypass: the most urgent proposal wins; hear and treat only when no dispatch was proposed, no red flag is present
 * and no red-flag question for the complaint is unanswered; with no proposal at all, a clinical callback flagged as a
 * default. Thread-safe and stateless between evaluations.
 */
public final class Evaluator {

    /**
     * Advice key the engine adds when a hear-and-treat outcome has no worsening advice from its rules; its text is
     * the rule set's {@link Vocabulary.Defaults#safetyNetAdvice()}.
     */
    public static final String ENGINE_SAFETY_NET = "ENGINE_SAFETY_NET";
    private static final String POLICY_SOURCE = "Engine safety policy (README, 'Clinical safety'); unknown answers read "
            + "as the safer answer, as NHS Pathways does (NHS England, NHS Pathways 'how it works')";

    static final RuleDescription DEFAULT_CALLBACK_RULE = engineRule("ENGINE-DEFAULT-CALLBACK",
            "No protocol rule reached a disposition, so a clinician calls back",
            "Without a disposition from the protocols the safe default is a clinical callback, never self-care.");
    static final RuleDescription WITHHELD_UNANSWERED_RULE = engineRule("ENGINE-WITHHOLD-UNANSWERED-RED-FLAGS",
            "Hear and treat waits until every red flag for the complaint is answered",
            "An unasked red-flag question could hide an emergency, so hear and treat is withheld and a clinician "
                    + "calls back until the questions are answered.");
    static final RuleDescription WITHHELD_PRESENT_RULE = engineRule("ENGINE-WITHHOLD-RED-FLAG-PRESENT",
            "Hear and treat is never chosen while a red flag is present",
            "A red flag answered YES or UNKNOWN rules out hear and treat; no dispatch rule fired, so a clinician "
                    + "reviews the call.");

    private final CompiledRuleSet rules;

    /** @param rules the compiled rule set to evaluate against */
    public Evaluator(CompiledRuleSet rules) {
        this.rules = rules;
    }

    /**
     * Releases the pooled sessions of a rule set that will not serve (a refused reload); the rule set itself stays
     * usable, later evaluations open new sessions.
     */
    public void dispose() {
        rules.sessions().disposeIdle();
    }

    /** @return the compiled rule set */
    public CompiledRuleSet rules() {
        return rules;
    }

    /**
     * Evaluates one assessment.
     *
     * @param assessment        the assessment
     * @param withNextQuestions whether to compute next-question guidance
     * @return the explained result
     * @throws InvalidAssessmentException when it names a code the vocabulary lacks
     */
    public TriageResult evaluate(Assessment assessment, boolean withNextQuestions) {
        Answers answers = scan(assessment);
        CallFact call = fire(assessment);
        Decision decision = decide(call, answers);
        Vocabulary.Defaults defaults = rules.vocabulary().defaults();
        List<NextQuestion> next = List.of();
        List<SafetyFlag> flags = decision.flags;
        if (withNextQuestions) {
            try {
                next = nextQuestions(assessment, decision.disposition);
            } catch (RuntimeException e) {
                // A rule that fails only on a what-if answer must not take the real decision with it.
                flags = new ArrayList<>(flags);
                flags.add(SafetyFlag.GUIDANCE_FAILED);
            }
        }
        return new TriageResult(decision.disposition, flags, decision.reasons, answers.unknownRedFlags,
                call.findingsFromVitals(), call.news2(), next,
                advice(decision.care, assessment, defaults), advice(decision.worsening, assessment, defaults),
                rules.info(), assessment.evaluatedAt());
    }

    /**
     * Evaluates one assessment for its disposition only, without next-question guidance.
     *
     * @param assessment the assessment
     * @return the disposition the full evaluation would give
     */
    public Disposition disposition(Assessment assessment) {
        Answers answers = scan(assessment);
        return decide(fire(assessment), answers).disposition;
    }

    /** What one pass over the answers finds: whether a red flag is present, and which were answered UNKNOWN. */
    private record Answers(boolean redFlagPresent, List<String> unknownRedFlags, boolean safeguardingConcern) {
    }

    /**
     * Checks every code against the vocabulary and reads the red flags, in one pass over the answers.
     *
     * @throws InvalidAssessmentException naming every code the vocabulary lacks
     */
    private Answers scan(Assessment assessment) {
        List<Violation> violations = null;
        if (!rules.index().hasComplaint(assessment.complaint())) {
            violations = new ArrayList<>();
            violations.add(new Violation("$.complaint", assessment.complaint(), "a complaint code of rule set "
                    + rules.info().id() + ": " + String.join(", ",
                    rules.vocabulary().complaints().stream().map(Vocabulary.Complaint::code).toList())));
        }
        boolean redFlagPresent = false;
        boolean safeguardingConcern = false;
        List<String> unknownRedFlags = List.of();
        for (Map.Entry<String, Answer> entry : assessment.answers().entrySet()) {
            Vocabulary.Question q = rules.index().questions().get(entry.getKey());
            if (q == null) {
                String code = entry.getKey();
                if (violations == null) {
                    violations = new ArrayList<>();
                }
                violations.add(new Violation("$.answers." + code, code, "a question code of rule set "
                        + rules.info().id() + (rules.index().riskFactor(code) != null
                        ? " (" + code + " is a risk factor: answer it in patient.history)" : "")));
            } else if (q.safeguarding() && entry.getValue() != Answer.NO) {
                safeguardingConcern = true;
            }
            if (q != null && q.redFlag() && entry.getValue() != Answer.NO) {
                redFlagPresent = true;
                if (entry.getValue() == Answer.UNKNOWN) {
                    if (unknownRedFlags.isEmpty()) {
                        unknownRedFlags = new ArrayList<>(2);
                    }
                    unknownRedFlags.add(q.code());
                }
            }
        }
        if (!assessment.patient().history().isEmpty()) {
            for (String code : assessment.patient().history().keySet()) {
                if (rules.index().riskFactor(code) == null) {
                    if (violations == null) {
                        violations = new ArrayList<>();
                    }
                    violations.add(new Violation("$.patient.history." + code, code, "a risk-factor code of rule set "
                            + rules.info().id() + ": " + String.join(", ", rules.index().riskFactors().keySet())));
                }
            }
        }
        if (violations != null) {
            throw new InvalidAssessmentException(violations);
        }
        return new Answers(redFlagPresent, unknownRedFlags, safeguardingConcern);
    }

    /** Drools names the rule whose condition failed as {@code in [Rule "name" in package/file.drl]}. */
    private static final java.util.regex.Pattern CONSTRAINT_IN_RULE =
            java.util.regex.Pattern.compile("\\s*in \\[Rule \"((?:[^\"\\\\]|\\\\.)*)\" in [^\\]]*\\]");

    /** @return the rule a condition failed in, when Drools' message names one (a failing condition fires nothing) */
    private RuleDescription ruleNamedIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            java.util.regex.Matcher m = t.getMessage() == null ? null : CONSTRAINT_IN_RULE.matcher(t.getMessage());
            if (m != null && m.find()) {
                String name = m.group(1);
                return rules.ruleList().stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
            }
        }
        return null;
    }

    private CallFact fire(Assessment assessment) {
        CallFact call = new CallFact(assessment, rules);
        CallFact outer = FiringListener.CURRENT.get();
        FiringListener.CURRENT.set(call);
        try {
            rules.sessions().fire(call);
        } catch (SessionPool.Misbehaviour e) {
            List<String> fired = new ArrayList<>();
            call.fired.forEach(r -> {
                if (!fired.contains(r.id())) {
                    fired.add(r.id());
                }
            });
            throw new RuleEvaluationException(rules.info().toString(), null, "Rule set " + rules.info() + " failed: "
                    + e.getMessage() + "; rules fired: " + String.join(", ", fired), e);
        } catch (RuntimeException e) {
            RuleDescription rule = call.currentRule();
            if (rule == null) {
                rule = ruleNamedIn(e);
            }
            String message = e.getMessage() == null ? e.toString()
                    : CONSTRAINT_IN_RULE.matcher(e.getMessage()).replaceAll("");
            throw new RuleEvaluationException(rules.info().toString(), rule == null ? null : rule.id(), "Rule "
                    + (rule == null ? "(not known)" : rule.id() + " \"" + rule.name() + "\"") + " of rule set "
                    + rules.info() + " failed: " + message, e);
        } finally {
            if (outer == null) {
                FiringListener.CURRENT.remove();
            } else {
                FiringListener.CURRENT.set(outer);
            }
        }
        return call;
    }

    private record Decision(Disposition disposition, List<SafetyFlag> flags, List<Reason> reasons,
                            List<String> care, List<String> worsening) {
    }

    private Decision decide(CallFact call, Answers answers) {
        List<CallFact.Proposed> byUrgency = new ArrayList<>(call.proposals);
        byUrgency.sort(Comparator.comparing((CallFact.Proposed p) -> p.disposition, Disposition.MOST_URGENT_FIRST)
                .thenComparing(p -> p.rule.id()));
        Assessment assessment = call.assessment();
        List<Reason> reasons = new ArrayList<>();
        List<SafetyFlag> flags = new ArrayList<>(1);
        Set<String> care = new LinkedHashSet<>();
        Set<String> worsening = new LinkedHashSet<>();
        Duration defaultCallback = rules.vocabulary().defaults().callbackWithin();
        if (!call.findingsFromVitals().isEmpty()) {
            flags.add(SafetyFlag.VITALS_CONTRADICT_ANSWERS);
        }
        if (answers.safeguardingConcern()) {
            flags.add(SafetyFlag.SAFEGUARDING_CONCERN);
        }
        Disposition chosen;
        if (byUrgency.isEmpty()) {
            chosen = rules.vocabulary().defaultCallback(defaultCallback);
            flags.add(SafetyFlag.DEFAULT_NO_RULE_FIRED);
            reasons.add(reason(DEFAULT_CALLBACK_RULE, chosen, Reason.Role.SELECTED));
        } else {
            Disposition best = byUrgency.get(0).disposition;
            SafetyFlag withhold = best.isDispatch() ? null : withholdHearAndTreat(call, answers);
            if (withhold != null) {
                Duration within = ((HearAndTreat) best).within();
                chosen = rules.vocabulary().defaultCallback(
                        within == null || within.compareTo(defaultCallback) > 0 ? defaultCallback : within);
                flags.add(withhold);
                reasons.add(reason(withhold == SafetyFlag.HEAR_AND_TREAT_WITHHELD_RED_FLAG_PRESENT
                        ? WITHHELD_PRESENT_RULE : WITHHELD_UNANSWERED_RULE, chosen, Reason.Role.SELECTED));
                byUrgency.forEach(p -> reasons.add(reason(p.rule, p.disposition, Reason.Role.WITHHELD)));
            } else {
                chosen = best;
                for (CallFact.Proposed p : byUrgency) {
                    boolean winner = p.disposition.equals(chosen);
                    reasons.add(reason(p.rule, p.disposition, !winner ? Reason.Role.OUTRANKED
                            : reasons.isEmpty() ? Reason.Role.SELECTED : Reason.Role.CONCURRING));
                    if (winner) {
                        care.addAll(p.care);
                        worsening.addAll(p.worsening);
                    }
                }
            }
        }
        if (call.fired.size() > call.proposals.size()) {
            noted(call, reasons);
        }
        if (!chosen.isDispatch() && !anySuits(worsening, assessment)) {
            worsening.add(ENGINE_SAFETY_NET);
        }
        return new Decision(chosen, flags, reasons, List.copyOf(care), List.copyOf(worsening));
    }

    private static boolean appliesToAny(Vocabulary.Question q, List<String> complaints, Patient patient) {
        for (String complaint : complaints) {
            if (q.appliesTo(complaint, patient)) {
                return true;
            }
        }
        return false;
    }

    /** Rules that fired without proposing anything, once each, in firing order. */
    private static void noted(CallFact call, List<Reason> reasons) {
        List<RuleDescription> seen = new ArrayList<>(call.fired.size());
        for (RuleDescription r : call.fired) {
            boolean proposed = false;
            for (CallFact.Proposed p : call.proposals) {
                proposed |= p.rule.equals(r);
            }
            if (!proposed && !seen.contains(r)) {
                seen.add(r);
                reasons.add(reason(r, null, Reason.Role.NOTED));
            }
        }
    }

    /** @return why hear and treat must be withheld for this call, or null when it may stand */
    private SafetyFlag withholdHearAndTreat(CallFact call, Answers answers) {
        Assessment assessment = call.assessment();
        if (answers.redFlagPresent()) {
            return SafetyFlag.HEAR_AND_TREAT_WITHHELD_RED_FLAG_PRESENT;
        }
        for (FindingFromVitals f : call.findingsFromVitals()) {
            if (rules.index().isRedFlag(f.question())) {
                return SafetyFlag.HEAR_AND_TREAT_WITHHELD_RED_FLAG_PRESENT;
            }
        }
        for (String implied : rules.index().impliedBy(assessment.complaint())) {
            if (rules.index().isRedFlag(implied)) {
                return SafetyFlag.HEAR_AND_TREAT_WITHHELD_RED_FLAG_PRESENT;
            }
        }
        for (String complaint : rules.index().complaintsOf(assessment)) {
            for (Vocabulary.Question redFlag : rules.index().redFlagsFor(complaint)) {
                if (!call.answered(redFlag.code()) && redFlag.appliesTo(complaint, assessment.patient())) {
                    return SafetyFlag.HEAR_AND_TREAT_WITHHELD_RED_FLAGS_UNANSWERED;
                }
            }
        }
        return null;
    }

    /**
     * Re-evaluates the call once per answer that could matter. An answer can change the outcome only through a rule
     * that reads the question, or through the red-flag policy; so a YES is tried only for red flags and questions some
     * rule reads with {@code present} or {@code answered}, and a NO only for red flags and questions some rule reads
     * with {@code absent} or {@code answered}. Otherwise the answer provably leaves the disposition as it is.
     */
    private List<NextQuestion> nextQuestions(Assessment assessment, Disposition current) {
        List<NextQuestion> next = new ArrayList<>();
        List<String> complaints = rules.index().complaintsOf(assessment);
        for (Vocabulary.Question q : rules.index().questions().values()) {
            String code = q.code();
            if (assessment.answers().containsKey(code) || !appliesToAny(q, complaints, assessment.patient())
                    || rules.index().impliedBy(assessment.complaint()).contains(code)) {
                continue;
            }
            boolean yesMatters = q.redFlag() || rules.readByPresent().contains(code) || rules.readOtherwise().contains(code);
            boolean noMatters = q.redFlag() || rules.readOtherwise().contains(code);
            if (!yesMatters && !noMatters) {
                continue;
            }
            Disposition ifYes = yesMatters ? disposition(assessment.withAnswer(code, Answer.YES)) : current;
            Disposition ifNo = noMatters ? disposition(assessment.withAnswer(code, Answer.NO)) : current;
            if ((q.redFlag() && !current.isDispatch()) || !ifYes.equals(current) || !ifNo.equals(current)) {
                next.add(new NextQuestion(code, q.text(), q.redFlag(), q.redFlag(), ifYes, ifNo, q.codings()));
            }
        }
        for (Vocabulary.RiskFactor r : rules.index().riskFactors().values()) {
            if (assessment.patient().history().containsKey(r.code()) || !rules.riskFactorsRead().contains(r.code())
                    || !r.appliesTo(assessment.patient())) {
                continue;
            }
            // Rules read a risk factor only through hasRisk (and NEWS2 its scale-2 factor only on a YES), so the answer
            // that keeps today's reading (YES when an unknown already reads as present, NO when it reads as absent)
            // provably leaves the outcome as it is.
            Disposition ifYes = r.unknownMeansPresent() && !r.news2Scale2() ? current
                    : disposition(assessment.withHistory(r.code(), Answer.YES));
            Disposition ifNo = !r.unknownMeansPresent() ? current
                    : disposition(assessment.withHistory(r.code(), Answer.NO));
            if (!ifYes.equals(current) || !ifNo.equals(current)) {
                next.add(new NextQuestion(r.code(), r.text(), false, false, ifYes, ifNo, r.codings()));
            }
        }
        return next;
    }

    /** Advice whose age restriction excludes the patient is never given; the engine's safety net is rule-set data. */
    private List<AdviceGiven> advice(List<String> keys, Assessment assessment, Vocabulary.Defaults defaults) {
        List<AdviceGiven> advice = new ArrayList<>(keys.size());
        for (String key : keys) {
            if (ENGINE_SAFETY_NET.equals(key)) {
                advice.add(new AdviceGiven(key, defaults.safetyNetAdvice()));
                continue;
            }
            Vocabulary.Advice entry = rules.index().advice(key);
            if (entry != null && entry.suits(assessment.patient())) {
                advice.add(new AdviceGiven(key, entry.text(), entry.codings()));
            }
        }
        return advice;
    }

    private boolean anySuits(Set<String> adviceKeys, Assessment assessment) {
        for (String key : adviceKeys) {
            Vocabulary.Advice entry = rules.index().advice(key);
            if (entry != null && entry.suits(assessment.patient())) {
                return true;
            }
        }
        return false;
    }

    private static Reason reason(RuleDescription rule, Disposition proposed, Reason.Role role) {
        return new Reason(rule.id(), rule.name(), rule.rationale(), rule.source(), rule.version(), proposed, role);
    }

    private static RuleDescription engineRule(String id, String name, String rationale) {
        return new RuleDescription(id, name, "engine", rationale, POLICY_SOURCE, "1");
    }
}
