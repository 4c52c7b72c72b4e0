package org.hearandtreat.triage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.hearandtreat.triage.TriageJson;
import org.hearandtreat.triage.TriageResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TriageCliTest {

    static final Path EXAMPLES = Path.of("..", "examples");
    static final Path REFERENCE_RULES = Path.of("..", "triage-rules", "src", "main", "resources",
            "org", "hearandtreat", "triage", "protocols");

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    static Run runWithInput(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = TriageCli.run(new PrintWriter(out), new PrintWriter(err),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                Clock.fixed(Instant.parse("2026-11-23T14:05:00Z"), ZoneOffset.UTC), args);
        return new Run(exit, out.toString(), err.toString());
    }

    static Run run(String... args) {
        return runWithInput("", args);
    }

    @Test
    void assess_printsAnExplainedDisposition() {
        Run run = run("assess", EXAMPLES.resolve("fall-uninjured-cannot-get-up.json").toString());

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith(
                        "Disposition: Hear and treat: Falls response / lifting service within 2 hours [FALLS_RESPONSE/PT2H]")
                .contains("SELECTED FALL-010", "Source: NHS England", "NEWS2: COMPLETE total 0",
                        "Worsening advice:", "Rule set: reference-protocols");
    }

    @Test
    void assess_json_printsAResultThatReadsBack() {
        Run run = run("assess", "--json", EXAMPLES.resolve("chest-pain-cardiac-features.json").toString());

        assertThat(run.exit()).isZero();
        TriageResult result = TriageJson.readResult(run.out());
        assertThat(result.disposition().code()).isEqualTo("C2A");
        assertThat(result.firedRuleIds()).containsExactly("CP-001");
    }

    @Test
    void assess_readsStandardInput() throws IOException {
        String json = Files.readString(EXAMPLES.resolve("fall-unknown-long-lie.json"));

        Run run = runWithInput(json, "assess", "-");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Disposition: Category 3: urgent [C3]")
                .contains("Red flags answered UNKNOWN, read as present: FALL_LONG_LIE");
    }

    Path caseFile(String name, String expected) throws IOException {
        return caseFile(dir, name, expected);
    }

    static Path caseFile(Path dir, String name, String expected) throws IOException {
        String assessment = Files.readString(EXAMPLES.resolve("fall-uninjured-cannot-get-up.json"));
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{ \"description\": \"Uninjured, cannot get up\", \"assessment\": " + assessment
                + ", \"expected\": \"" + expected + "\" }");
        return file;
    }

    @Test
    void assess_caseFile_saysWhetherTheDispositionMatches() throws IOException {
        Run run = run("assess", caseFile("case.json", "FALLS_RESPONSE/PT2H").toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Case: Uninjured, cannot get up; expected FALLS_RESPONSE/PT2H, matches");
    }

    @Test
    void readmeShowsTheRealOutputOfItsExample() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        String marker = "`./triage assess examples/fall-uninjured-cannot-get-up.json` prints:";
        int at = readme.indexOf(marker);
        assertThat(at).as("README shows the example's output").isPositive();
        int start = readme.indexOf("```text\n", at) + "```text\n".length();
        String shown = readme.substring(start, readme.indexOf("```", start));

        Run run = run("assess", EXAMPLES.resolve("fall-uninjured-cannot-get-up.json").toString());

        assertThat(run.out().replace(System.lineSeparator(), "\n")).isEqualTo(shown);
    }

    @Test
    void suite_passingCases_exit0_withTheClosingCount() throws IOException {
        caseFile("cases/a.json", "FALLS_RESPONSE/PT2H");
        caseFile("cases/b/c.json", "FALLS_RESPONSE/PT2H");

        Run run = run("suite", dir.resolve("cases").toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("2 cases (2 with an expected disposition, 0 invalid): 2 passed, 0 failed; "
                + "under-triage 0 (0.0%), over-triage 0 (0.0%)", "FALLS_RESPONSE", "Hear and treat (not flagged): 2 of 2")
                .endsWith("2 passed, 0 failed" + System.lineSeparator());
    }

    @Test
    void suite_underTriage_isReportedWithADiff_exit1() throws IOException {
        caseFile("cases/ok.json", "FALLS_RESPONSE/PT2H");
        caseFile("cases/under.json", "C3");
        Files.writeString(dir.resolve("cases/broken.json"), "{ \"description\": ");

        Run run = run("suite", dir.resolve("cases").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL under.json: Uninjured, cannot get up",
                "  expected: C3  (Category 3: urgent)",
                "  actual:   FALLS_RESPONSE/PT2H  (Hear and treat: Falls response / lifting service within 2 hours)  UNDER-TRIAGE",
                "INVALID broken.json: $", "under-triage 1 (50.0%)", "1 passed, 2 failed");
    }

    @Test
    void missingFile_isOneLine_exit2() {
        Run run = run("assess", "no-such-case.json");

        assertThat(run.exit()).isEqualTo(TriageCli.EXIT_BAD_INPUT);
        assertThat(run.err()).isEqualTo("error: no-such-case.json: no such file" + System.lineSeparator());
    }

    @Test
    void jsonNullOrAnOversizedDocument_isBadInput_exit2_inOneLine() throws IOException {
        Path nul = dir.resolve("null.json");
        Files.writeString(nul, "null");
        Path huge = dir.resolve("huge.json");
        Files.writeString(huge, "{ \"padding\": \"" + " ".repeat(org.hearandtreat.triage.TriageJson.MAX_DOCUMENT_LENGTH)
                + "\" }");

        Run nullRun = run("assess", nul.toString());
        Run hugeRun = run("assess", huge.toString());

        assertThat(nullRun.exit()).isEqualTo(TriageCli.EXIT_BAD_INPUT);
        assertThat(nullRun.err()).contains("a JSON object").doesNotContain("\tat ");
        assertThat(nullRun.err().lines()).hasSize(1);
        assertThat(hugeRun.exit()).isEqualTo(TriageCli.EXIT_BAD_INPUT);
        assertThat(hugeRun.err()).contains("larger than 2000000 bytes");
        assertThat(hugeRun.err().lines()).hasSize(1);
    }

    @Test
    void malformedJson_namesThePath_exit2() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(EXAMPLES.resolve("chest-pain-cardiac-features.json"))
                .replace("\"age\": \"P61Y\"", "\"age\": \"sixty\""));

        Run run = run("assess", bad.toString());

        assertThat(run.exit()).isEqualTo(TriageCli.EXIT_BAD_INPUT);
        assertThat(run.err()).startsWith("error: " + bad + ": $.patient.age: ").doesNotContain("\tat ");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void unknownCode_namesThePath_exit2() throws IOException {
        Path bad = dir.resolve("unknown-code.json");
        Files.writeString(bad, Files.readString(EXAMPLES.resolve("chest-pain-cardiac-features.json"))
                .replace("CARDIAC_CHEST_PAIN_FEATURES", "HEART_ATTACK"));

        Run run = run("assess", bad.toString());

        assertThat(run.exit()).isEqualTo(TriageCli.EXIT_BAD_INPUT);
        assertThat(run.err()).startsWith("error: " + bad + ": $.answers.HEART_ATTACK: 'HEART_ATTACK' is not valid");
    }

    @Test
    void brokenRules_giveFileAndLine_exit3() throws IOException {
        Path rules = dir.resolve("rules");
        org.hearandtreat.triage.RuleFolders.copy(REFERENCE_RULES, rules);
        Path drl = rules.resolve("falls/falls.drl");
        String text = Files.readString(drl);
        String intact = "then\n    $call.referWithinHours(\"FALLS_RESPONSE\", 2)";
        assertThat(text).contains(intact);
        Files.writeString(drl, text.replace(intact, "then\n    $call.referWithinHours(\"FALLS_RESPONSE\", 2"));

        Run run = run("assess", "--rules", rules.toString(), EXAMPLES.resolve("fall-uninjured-cannot-get-up.json").toString());

        assertThat(run.exit()).isEqualTo(TriageCli.EXIT_BAD_RULES);
        assertThat(run.err()).startsWith("error: falls/falls.drl:").doesNotContain("\tat ");
    }

    @Test
    void rulesFromAFolder_areUsedInsteadOfTheBuiltInOnes() throws IOException {
        Path rules = dir.resolve("rules");
        org.hearandtreat.triage.RuleFolders.copy(REFERENCE_RULES, rules);
        Path manifest = rules.resolve("ruleset.json");
        Files.writeString(manifest, Files.readString(manifest).replaceFirst("\"version\": \"[^\"]+\"",
                "\"version\": \"9.9.9-local\""));

        Run run = run("assess", "--rules", rules.toString(), EXAMPLES.resolve("fall-uninjured-cannot-get-up.json").toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Rule set: reference-protocols 9.9.9-local");
    }

    @Test
    void noCommand_printsUsage() {
        Run run = run();

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Usage: triage", "assess", "interview", "suite", "diff", "lint");
    }

    @Test
    void suite_writesASelfContainedHtmlReport() throws IOException {
        caseFile("cases/ok.json", "FALLS_RESPONSE/PT2H");
        caseFile("cases/under.json", "C3");
        Path html = dir.resolve("report.html");

        Run run = run("suite", "--html", html.toString(), dir.resolve("cases").toString());

        assertThat(run.exit()).isEqualTo(1);
        String page = Files.readString(html);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<table>", "class=\"n under\"", "class=\"n match\"",
                "under.json", "Under-triage: 1 (50.0%)").doesNotContain("<script", "http://", "https://");
    }

    @Test
    void suite_talliesCasesWithoutAnExpectedDisposition() throws IOException {
        Path folder = dir.resolve("corpus");
        Files.createDirectories(folder);
        Files.copy(EXAMPLES.resolve("fall-uninjured-cannot-get-up.json"), folder.resolve("a.json"));
        Files.copy(EXAMPLES.resolve("chest-pain-cardiac-features.json"), folder.resolve("b.json"));

        Run run = runWithInput("", "suite", folder.toString());

        assertThat(run.out()).contains("INVALID a.json").doesNotContain("Triaged without");
        Path cases = dir.resolve("untested");
        Files.createDirectories(cases);
        String assessment = Files.readString(EXAMPLES.resolve("fall-uninjured-cannot-get-up.json"));
        Files.writeString(cases.resolve("x.json"), "{ \"description\": \"no expectation\", \"assessment\": "
                + assessment + " }");

        Run tally = run("suite", cases.toString());

        assertThat(tally.exit()).isZero();
        assertThat(tally.out()).contains("Triaged without an expected disposition: 1 {FALLS_RESPONSE=1}",
                "Hear and treat (not flagged): 1 of 1 triaged (100.0%)");
    }

    @Test
    void confusionMatrixColumns_areDistinctForEveryLevel() {
        List<String> levels = new java.util.ArrayList<>(List.of("C1", "C2A", "C2B", "C2C", "C3", "C4"));
        org.hearandtreat.triage.Vocabulary.STANDARD_SERVICES.forEach(service -> levels.add(service.code()));

        assertThat(levels.stream().map(SuiteCommand::abbreviate).distinct().count()).isEqualTo(levels.size());
        assertThat(SuiteCommand.abbreviate("MENTAL_HEALTH_CRISIS_LINE")).isEqualTo("MHCL");
        assertThat(SuiteCommand.abbreviate("URGENT_TREATMENT_CENTRE")).isEqualTo("UTC");
    }
}
