package org.hearandtreat.triage.examples;

import java.util.List;
import java.util.Map;
import org.hearandtreat.triage.RuleSetInfo;

/** Renders a case-suite report as one self-contained HTML page (inline CSS, no scripts, no external resources). */
final class HtmlReport {

    private HtmlReport() {
    }

    static String render(CaseSuite.Report report, RuleSetInfo ruleSet, String folder) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>Triage case suite: ").append(esc(folder)).append("</title><style>")
                .append("body{font-family:system-ui,sans-serif;margin:2rem;color:#1d2433}")
                .append("table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #c8ccd4;padding:.35rem .6rem}")
                .append("th{background:#eef0f4;text-align:left}td.n{text-align:center;min-width:2.4rem}")
                .append("td.match{background:#b7e4c7}td.under{background:#f4a6a6;font-weight:bold}")
                .append("td.over{background:#ffe08a}td.empty{color:#aab}")
                .append(".ok{color:#1b7f3b}.bad{color:#b42318;font-weight:bold}code{background:#f3f4f6;padding:0 .2rem}")
                .append("</style></head><body>\n");
        h.append("<h1>Triage case suite</h1>\n<p>Cases: <code>").append(esc(folder)).append("</code><br>Rule set: <code>")
                .append(esc(ruleSet.id())).append(' ').append(esc(ruleSet.version())).append("</code> sha256 <code>")
                .append(esc(ruleSet.contentHash())).append("</code></p>\n");
        long checked = report.checked();
        h.append("<p class=\"").append(report.green() ? "ok" : "bad").append("\">")
                .append(report.outcomes().size()).append(" cases, ").append(checked)
                .append(" with an expected disposition: ").append(report.passed()).append(" passed, ")
                .append(report.failed()).append(" failed, ").append(report.invalid()).append(" invalid.</p>\n")
                .append(String.format("<p>Under-triage: %d (%.1f%%). Over-triage: %d (%.1f%%). Hear and treat: %d of %d "
                                + "triaged (%.1f%%).</p>%n", report.underTriage(),
                        SuiteCommand.percent(report.underTriage(), checked), report.overTriage(),
                        SuiteCommand.percent(report.overTriage(), checked), report.hearAndTreat(), report.triaged(),
                        SuiteCommand.percent(report.hearAndTreat(), report.triaged())));
        Map<String, Map<String, List<CaseSuite.Outcome>>> matrix = report.confusion();
        if (!matrix.isEmpty()) {
            List<String> levels = report.levels();
            h.append("<h2>Confusion matrix</h2>\n<p>Rows: expected. Columns: actual. Green: as expected; red: "
                    + "under-triage; amber: over-triage.</p>\n<table><tr><th>expected \\ actual</th>");
            levels.forEach(l -> h.append("<th title=\"").append(esc(l)).append("\">")
                    .append(esc(SuiteCommand.abbreviate(l))).append("</th>"));
            h.append("</tr>\n");
            matrix.forEach((row, cols) -> {
                h.append("<tr><th>").append(esc(row)).append("</th>");
                for (String col : levels) {
                    List<CaseSuite.Outcome> cell = cols.get(col);
                    if (cell == null) {
                        h.append("<td class=\"n empty\">&middot;</td>");
                    } else {
                        String css = cell.stream().anyMatch(CaseSuite.Outcome::underTriage) ? "under"
                                : cell.stream().anyMatch(CaseSuite.Outcome::overTriage) ? "over" : "match";
                        h.append("<td class=\"n ").append(css).append("\" title=\"").append(cell.size())
                                .append(" case(s)\">").append(cell.size()).append("</td>");
                    }
                }
                h.append("</tr>\n");
            });
            h.append("</table>\n<p><small>Columns: ");
            h.append(String.join(", ", levels.stream().filter(l -> !SuiteCommand.abbreviate(l).equals(l))
                    .map(l -> esc(SuiteCommand.abbreviate(l)) + " = " + esc(l)).toList()));
            h.append("</small></p>\n");
        }
        List<CaseSuite.Outcome> failures = report.outcomes().stream().filter(o -> !o.passed()).toList();
        if (!failures.isEmpty()) {
            h.append("<h2>Failures</h2>\n<table><tr><th>case</th><th>expected</th><th>actual</th><th>detail</th></tr>\n");
            for (CaseSuite.Outcome o : failures) {
                h.append("<tr><td><code>").append(esc(o.path())).append("</code>");
                if (o.invalid()) {
                    h.append("</td><td colspan=\"3\">").append(esc(o.error())).append("</td></tr>\n");
                    continue;
                }
                h.append("<br>").append(esc(o.triageCase().description())).append("</td><td>")
                        .append(o.checked() ? esc(o.expected().code()) : "").append("</td><td class=\"")
                        .append(o.underTriage() ? "under" : o.overTriage() ? "over" : "").append("\">")
                        .append(esc(o.result().disposition().code())).append("</td><td>fired ")
                        .append(esc(String.valueOf(o.result().firedRuleIds())));
                if (!o.missingRules().isEmpty()) {
                    h.append("; expected rules not fired ").append(esc(String.valueOf(o.missingRules())));
                }
                h.append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        Map<String, Long> untested = report.untestedTally();
        if (!untested.isEmpty()) {
            h.append("<h2>Triaged without an expected disposition</h2>\n<table><tr><th>disposition</th><th>cases</th></tr>\n");
            untested.forEach((level, n) -> h.append("<tr><td>").append(esc(level)).append("</td><td class=\"n\">")
                    .append(n).append("</td></tr>\n"));
            h.append("</table>\n");
        }
        h.append("<p><small>Decision support for trained clinicians; not a certified medical device.</small></p>\n")
                .append("</body></html>\n");
        return h.toString();
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
