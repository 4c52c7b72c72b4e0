package org.hearandtreat.triage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hearandtreat.triage.Disposition;
import org.hearandtreat.triage.TriageJson;
import org.hearandtreat.triage.TriageResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TriageCliTest {

    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final Path REFERENCE_RULES = Path.of("..", "triage-rules", "src", "main", "resources",
            "org", "hearandtreat", "triage", "protocols");

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run runWithInput(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = TriageCli.run(new PrintWriter(out), new PrintWriter(err),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static Run run(String... args) {
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
        assertThat(result.disposition()).isEqualTo(Disposition.parse("C2A"));
        assertThat(result.firedRuleIds()).containsExactly("C2-001");
    }

    @Test
    void assess_readsStandardInput() throws IOException {
        String json = Files.readString(EXAMPLES.resolve("fall-unknown-long-lie.json"));

        Run run = runWithInput(json, "assess", "-");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Disposition: Category 3: urgent [C3]")
                .contains("Red flags answered UNKNOWN, read as present: FALL_LONG_LIE");
    }

    @Test
    void assess_caseFile_saysWhetherTheDispositionMatches() {
        Path caseFile = Path.of("..", "triage-rules", "src", "test", "resources", "cases", "falls",
                "uninjured-back-up.json");

        Run run = run("assess", caseFile.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("expected URGENT_COMMUNITY_RESPONSE/PT2H, matches");
    }

    @Test
    void missingFile_isOneLine_exit2() {
        Run run = run("assess", "no-such-case.json");

        assertThat(run.exit()).isEqualTo(TriageCli.EXIT_BAD_INPUT);
        assertThat(run.err()).isEqualTo("error: no-such-case.json: no such file" + System.lineSeparator());
    }

    @Test
    void malformedJson_namesThePath_exit2() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(EXAMPLES.resolve("chest-pain-cardiac-features.json"))
                .replace("\"ageYears\": 61", "\"ageYears\": \"sixty\""));

        Run run = run("assess", bad.toString());

        assertThat(run.exit()).isEqualTo(TriageCli.EXIT_BAD_INPUT);
        assertThat(run.err()).startsWith("error: " + bad + ": $.patient.ageYears: ").doesNotContain("\tat ");
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
        copyTree(REFERENCE_RULES, rules);
        Path drl = rules.resolve("falls/falls.drl");
        Files.writeString(drl, Files.readString(drl).replace("present(\"FALL_CANNOT_GET_UP\") )\nthen",
                "present(\"FALL_CANNOT_GET_UP\") \nthen"));

        Run run = run("assess", "--rules", rules.toString(), EXAMPLES.resolve("fall-uninjured-cannot-get-up.json").toString());

        assertThat(run.exit()).isEqualTo(TriageCli.EXIT_BAD_RULES);
        assertThat(run.err()).startsWith("error: falls/falls.drl:").doesNotContain("\tat ");
    }

    @Test
    void rulesFromAFolder_areUsedInsteadOfTheBuiltInOnes() throws IOException {
        Path rules = dir.resolve("rules");
        copyTree(REFERENCE_RULES, rules);
        Path manifest = rules.resolve("ruleset.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"0.1.0\"", "\"0.1.0-local\""));

        Run run = run("assess", "--rules", rules.toString(), EXAMPLES.resolve("fall-uninjured-cannot-get-up.json").toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Rule set: reference-protocols 0.1.0-local");
    }

    @Test
    void noCommand_printsUsage() {
        Run run = run();

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Usage: triage", "assess");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
