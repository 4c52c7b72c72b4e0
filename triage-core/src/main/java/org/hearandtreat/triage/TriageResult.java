package org.hearandtreat.triage;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An explained, versioned triage outcome. Immutable and thread-safe; no component is null.
 *
 * <p>{@code reasons} lists the deciding reason first, then concurring, outranked, withheld and noted ones. When the
 * engine's safety policy decided (no rule fired, or hear and treat withheld), {@code flags} says so and the deciding
 * reason is an {@code ENGINE-} reason.
 *
 * @param disposition            the disposition
 * @param flags                  safety-policy decisions the engine took on its own
 * @param reasons                fired rules and engine decisions, deciding reason first
 * @param redFlagsReadAsPresent  red-flag questions answered UNKNOWN, which the engine read as present
 * @param findingsFromVitals     questions the vital signs proved present whatever the answer, with the reading
 * @param news2                  NEWS2 score, or why none was calculated
 * @param nextQuestions          unanswered questions that could still change the disposition, in asking order
 * @param careAdvice             care advice for the selected disposition
 * @param worseningAdvice        worsening (safety-netting) advice for the selected disposition
 * @param ruleSet                the rule set that produced this result
 * @param evaluatedAt            the evaluation instant from the assessment
 */
public record TriageResult(Disposition disposition,
                           List<SafetyFlag> flags,
                           List<Reason> reasons,
                           List<String> redFlagsReadAsPresent,
                           List<FindingFromVitals> findingsFromVitals,
                           News2Score news2,
                           List<NextQuestion> nextQuestions,
                           List<AdviceGiven> careAdvice,
                           List<AdviceGiven> worseningAdvice,
                           RuleSetInfo ruleSet,
                           Instant evaluatedAt) {

    public TriageResult {
        InvalidFieldException.required("disposition", disposition, "a disposition");
        flags = List.copyOf(InvalidFieldException.required("flags", flags, "a list"));
        reasons = List.copyOf(InvalidFieldException.required("reasons", reasons, "a list"));
        if (reasons.isEmpty()) {
            throw new InvalidFieldException("reasons", "[]", "at least one reason");
        }
        redFlagsReadAsPresent = List.copyOf(InvalidFieldException.required("redFlagsReadAsPresent",
                redFlagsReadAsPresent, "a list"));
        findingsFromVitals = List.copyOf(InvalidFieldException.required("findingsFromVitals", findingsFromVitals,
                "a list"));
        InvalidFieldException.required("news2", news2, "a NEWS2 score");
        nextQuestions = List.copyOf(InvalidFieldException.required("nextQuestions", nextQuestions, "a list"));
        careAdvice = List.copyOf(InvalidFieldException.required("careAdvice", careAdvice, "a list"));
        worseningAdvice = List.copyOf(InvalidFieldException.required("worseningAdvice", worseningAdvice, "a list"));
        InvalidFieldException.required("ruleSet", ruleSet, "rule-set info");
        InvalidFieldException.required("evaluatedAt", evaluatedAt, "an instant");
    }

    /** @return the deciding reason */
    public Reason decidingReason() {
        return reasons.get(0);
    }

    /** @return true when the engine defaulted or withheld hear and treat on its own */
    public boolean flagged() {
        return !flags.isEmpty();
    }

    /** @return the ids of every fired rule, in reason order */
    public List<String> firedRuleIds() {
        return reasons.stream().map(Reason::ruleId).filter(id -> !id.startsWith("ENGINE-")).toList();
    }

    /**
     * Renders the result as plain text for a clinician: disposition, why, NEWS2, next questions, advice, versions.
     *
     * @return a multi-line explanation
     */
    public String explain() {
        StringBuilder out = new StringBuilder();
        out.append("Disposition: ").append(disposition.describe()).append(" [").append(disposition.code()).append("]\n");
        flags.forEach(f -> out.append("  ! ").append(f.description()).append('\n'));
        findingsFromVitals.forEach(f -> out.append("    ").append(f.describe()).append('\n'));
        out.append("Why:\n");
        for (Reason r : reasons) {
            out.append("  - ").append(r.role()).append(' ').append(r.ruleId()).append(" \"").append(r.ruleName())
                    .append('"');
            if (r.proposed() != null) {
                out.append(" -> ").append(r.proposed().code());
            }
            out.append("\n      ").append(r.rationale()).append("\n      Source: ").append(r.source()).append('\n');
        }
        if (!redFlagsReadAsPresent.isEmpty()) {
            out.append("Red flags answered UNKNOWN, read as present: ")
                    .append(String.join(", ", redFlagsReadAsPresent)).append('\n');
        }
        out.append("NEWS2: ").append(news2.status());
        if (news2.total() != null) {
            out.append(" total ").append(news2.total()).append(' ').append(news2.scores());
        }
        out.append(" (").append(news2.note()).append(")\n");
        if (!nextQuestions.isEmpty()) {
            out.append("Still worth asking:\n");
            for (NextQuestion q : nextQuestions) {
                out.append("  ? ").append(q.code()).append(q.redFlag() ? " [red flag]" : "").append(": ")
                        .append(q.text()).append("\n      if yes: ").append(q.ifYes().code())
                        .append(", if no: ").append(q.ifNo().code()).append('\n');
            }
        }
        appendAdvice(out, "Care advice", careAdvice);
        appendAdvice(out, "Worsening advice", worseningAdvice);
        out.append("Rule set: ").append(ruleSet).append("; evaluated at ").append(evaluatedAt).append('\n');
        return out.toString();
    }

    private static void appendAdvice(StringBuilder out, String title, List<AdviceGiven> advice) {
        if (!advice.isEmpty()) {
            out.append(title).append(":\n").append(advice.stream()
                    .map(a -> "  * " + a.text() + " [" + a.key() + "]").collect(Collectors.joining("\n"))).append('\n');
        }
    }
}
