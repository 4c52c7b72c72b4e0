package org.hearandtreat.triage.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.hearandtreat.triage.Disposition;
import org.hearandtreat.triage.Guidance;
import org.hearandtreat.triage.InvalidAssessmentException;
import org.hearandtreat.triage.RuleSetInfo;
import org.hearandtreat.triage.TriageEngine;
import org.hearandtreat.triage.TriageResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code triage diff --old RULES --new RULES DIR}: the change-impact report a clinical safety officer signs before a
 * new rule version goes live. Every case is triaged by both rule sets; changed dispositions are listed with their
 * direction and the rules that caused them.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Change impact between two rule sets over a case corpus: which cases change disposition, up or "
                + "down, and which rules caused it. Exits 1 if anything down-triages, unless --allow-down.")
final class DiffCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--old", required = true, paramLabel = "RULES",
            description = "The rule set in use: a rule-set folder, or 'builtin' for the reference protocols.")
    String oldRules;

    @Option(names = "--new", required = true, paramLabel = "RULES",
            description = "The candidate rule set: a rule-set folder, or 'builtin'.")
    String newRules;

    @Option(names = "--allow-down", description = "Exit 0 even if some cases down-triage (after review).")
    boolean allowDown;

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder of case or assessment files (recursive).")
    Path folder;

    /** One case whose disposition changed. */
    record Change(String path, Disposition before, Disposition after, List<String> rulesAdded,
                  List<String> rulesRemoved, String decidingBefore, String decidingAfter) {
        boolean down() {
            return before.needsCareSoonerThan(after);
        }

        boolean up() {
            return after.needsCareSoonerThan(before);
        }

        String direction() {
            return down() ? "DOWN" : up() ? "UP  " : "SAME";
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!TriageCli.isFolder(folder, err)) {
            return TriageCli.EXIT_BAD_INPUT;
        }
        TriageEngine before = TriageCli.engine(oldRules, err);
        TriageEngine after = before == null ? null : TriageCli.engine(newRules, err);
        if (after == null) {
            return TriageCli.EXIT_BAD_RULES;
        }
        out.println("Old rules: " + before.ruleSetInfo());
        out.println("New rules: " + after.ruleSetInfo());
        List<Change> changes = new ArrayList<>();
        int compared = 0;
        int reasonsOnly = 0;
        for (Path file : CaseSuite.caseFiles(folder)) {
            String rel = folder.relativize(file).toString().replace('\\', '/');
            String text = Files.readString(file);
            try {
                var assessment = TriageCli.readAssessment(text);
                TriageResult a = before.evaluate(assessment, Guidance.NONE);
                TriageResult b = after.evaluate(assessment, Guidance.NONE);
                compared++;
                // By code (category, or service and time frame): a relabelled or newly coded service is the same
                // disposition.
                if (!a.disposition().code().equals(b.disposition().code())) {
                    changes.add(new Change(rel, a.disposition(), b.disposition(), minus(b.firedRuleIds(), a.firedRuleIds()),
                            minus(a.firedRuleIds(), b.firedRuleIds()), a.decidingReason().ruleId(),
                            b.decidingReason().ruleId()));
                } else if (!a.firedRuleIds().equals(b.firedRuleIds())) {
                    reasonsOnly++;
                }
            } catch (InvalidAssessmentException e) {
                err.println("error: " + rel + ": " + e.getMessage());
                return TriageCli.EXIT_BAD_INPUT;
            }
        }
        for (Change c : changes) {
            out.printf("%s %s: %s -> %s; deciding rule %s -> %s", c.direction(), c.path(),
                    c.before().code(), c.after().code(), c.decidingBefore(), c.decidingAfter());
            if (!c.rulesAdded().isEmpty()) {
                out.print("; now firing " + c.rulesAdded());
            }
            if (!c.rulesRemoved().isEmpty()) {
                out.print("; no longer firing " + c.rulesRemoved());
            }
            out.println();
        }
        long down = changes.stream().filter(Change::down).count();
        long up = changes.stream().filter(Change::up).count();
        out.printf("%d cases compared: %d unchanged, %d up-triaged, %d down-triaged, %d changed service at the same "
                        + "urgency; %d unchanged with different rules firing%n", compared, compared - changes.size(), up, down,
                changes.size() - up - down, reasonsOnly);
        RuleSetInfo oldInfo = before.ruleSetInfo();
        RuleSetInfo newInfo = after.ruleSetInfo();
        if (oldInfo.id().equals(newInfo.id()) && oldInfo.version().equals(newInfo.version())
                && !oldInfo.contentHash().equals(newInfo.contentHash())) {
            err.println("error: both rule sets are " + newInfo.id() + " " + newInfo.version() + " but their content "
                    + "differs (" + oldInfo + " and " + newInfo + "): a changed rule set must carry a new version");
            return TriageCli.EXIT_CHECK_FAILED;
        }
        if (down > 0 && !allowDown) {
            out.println("Down-triage found: review each case above; rerun with --allow-down once signed off.");
            return TriageCli.EXIT_CHECK_FAILED;
        }
        return 0;
    }

    private static List<String> minus(List<String> a, List<String> b) {
        return a.stream().filter(id -> !b.contains(id)).distinct().toList();
    }

}
