package org.hearandtreat.triage.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hearandtreat.triage.TriageEngine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code triage suite DIR}: runs every case file in a folder and reports failures and under- or over-triage. */
@Command(name = "suite", mixinStandardHelpOptions = true,
        description = "Run every case file under a folder; report failures with a diff, a confusion matrix and "
                + "under- and over-triage. Exits 1 on any failure or under-triage.")
final class SuiteCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder of case files (searched recursively).")
    Path folder;

    @CommandLine.Mixin
    RulesOption rulesOption;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write a self-contained HTML report.")
    Path html;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!TriageCli.isFolder(folder, err)) {
            return TriageCli.EXIT_BAD_INPUT;
        }
        TriageEngine engine = TriageCli.engine(rulesOption.rules, err);
        if (engine == null) {
            return TriageCli.EXIT_BAD_RULES;
        }
        int total = CaseSuite.caseFiles(folder).size();
        int step = Math.max(1, total / 10);
        CaseSuite.Report report = CaseSuite.run(engine, folder, done -> {
            if (total >= 100 && (done % step == 0 || done == total)) {
                err.printf("suite: %d/%d cases%n", done, total);
                err.flush();
            }
        });
        print(report, out);
        out.println("Rule set: " + engine.ruleSetInfo());
        if (html != null) {
            Files.writeString(html, HtmlReport.render(report, engine.ruleSetInfo(), folder.toString()));
            out.println("HTML report: " + html);
        }
        out.println(report.passed() + " passed, " + report.failed() + " failed");
        return report.green() ? 0 : TriageCli.EXIT_CHECK_FAILED;
    }

    static void print(CaseSuite.Report report, PrintWriter out) {
        for (CaseSuite.Outcome o : report.outcomes()) {
            if (o.invalid()) {
                out.println("INVALID " + o.path() + ": " + o.error());
            } else if (!o.passed()) {
                out.println("FAIL " + o.path() + ": " + o.triageCase().description());
                if (!o.dispositionMatches()) {
                    out.println("  expected: " + o.expected().code() + "  ("
                            + o.expected().describe() + ")");
                    out.println("  actual:   " + o.result().disposition().code() + "  ("
                            + o.result().disposition().describe() + ")"
                            + (o.underTriage() ? "  UNDER-TRIAGE" : o.overTriage() ? "  over-triage" : ""));
                }
                if (!o.missingRules().isEmpty()) {
                    out.println("  expected rules not fired: " + o.missingRules());
                }
                out.println("  fired: " + o.result().firedRuleIds());
            }
        }
        long checked = report.checked();
        out.printf("%d cases (%d with an expected disposition, %d invalid): %d passed, %d failed; "
                        + "under-triage %d (%.1f%%), over-triage %d (%.1f%%)%n", report.outcomes().size(), checked,
                report.invalid(), report.passed(), report.failed(), report.underTriage(),
                percent(report.underTriage(), checked), report.overTriage(), percent(report.overTriage(), checked));
        Map<String, Map<String, List<CaseSuite.Outcome>>> matrix = report.confusion();
        if (!matrix.isEmpty()) {
            List<String> levels = report.levels();
            out.println("Confusion matrix (rows expected, columns actual; each level is a category or a pathway, "
                    + "columns headed by its initials):");
            StringBuilder header = new StringBuilder(String.format("%-34s", ""));
            levels.forEach(l -> header.append(String.format(" %5s", abbreviate(l))));
            out.println(header);
            matrix.forEach((row, cols) -> {
                StringBuilder line = new StringBuilder(String.format("%-34s", row));
                levels.forEach(col -> line.append(String.format(" %5s",
                        cols.containsKey(col) ? String.valueOf(cols.get(col).size()) : ".")));
                out.println(line);
            });
        }
        Map<String, Long> untested = report.untestedTally();
        if (!untested.isEmpty()) {
            long n = untested.values().stream().mapToLong(Long::longValue).sum();
            out.println("Triaged without an expected disposition: " + n + " " + untested);
        }
        out.printf("Hear and treat (not flagged): %d of %d triaged (%.1f%%)%n", report.hearAndTreat(),
                report.triaged(), percent(report.hearAndTreat(), report.triaged()));
    }

    static double percent(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }

    /** Column headings: a category as it is, a pathway by its initials (MHCL, UCR), a one-word pathway cut to 5. */
    static String abbreviate(String level) {
        if (level.length() <= 5) {
            return level;
        }
        String[] words = level.split("_");
        if (words.length == 1) {
            return level.substring(0, 5);
        }
        StringBuilder initials = new StringBuilder();
        for (String word : words) {
            initials.append(word.charAt(0));
        }
        return initials.toString();
    }
}
