package org.hearandtreat.triage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {

    @TempDir
    Path dir;

    private Path rules() throws IOException {
        Path rules = dir.resolve("rules");
        org.hearandtreat.triage.RuleFolders.copy(TriageCliTest.REFERENCE_RULES, rules);
        return rules;
    }

    @Test
    void referenceRules_lintWithASummary() {
        TriageCliTest.Run run = TriageCliTest.run("lint", "--samples", "60", "builtin");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("reference-protocols").containsPattern("\\d+ rules, \\d+ questions");
    }

    @Test
    void missingMetadataAndUnknownCodes_areErrorsWithFileAndLine() throws IOException {
        Path rules = rules();
        Path drl = rules.resolve("falls/falls.drl");
        Files.writeString(drl, Files.readString(drl).replace("code == \"FALL_LONG_LIE\"", "code == \"FALL_LONGLIE\"")
                .replaceFirst("    @version\\(\"1\"\\)\n", ""));

        TriageCliTest.Run run = TriageCliTest.run("lint", rules.toString());

        assertThat(run.exit()).isEqualTo(TriageCli.EXIT_BAD_RULES);
        assertThat(run.err()).containsPattern("error: falls/falls.drl:\\d+: rule \".*\" has no @version")
                .containsPattern("error: falls/falls.drl:\\d+: 'FALL_LONGLIE' is not a question code");
    }

    @Test
    void aRuleThatWouldKillTheHost_isRejectedWithFileAndLine_withoutRunningIt() throws IOException {
        Path rules = rules();
        Path drl = rules.resolve("falls/falls.drl");
        Files.writeString(drl, Files.readString(drl).replaceFirst(
                "\\$call.category3\\(\\)", "System.exit(42); \\$call.category3()"));

        TriageCliTest.Run run = TriageCliTest.run("lint", rules.toString());

        assertThat(run.exit()).as("the lint process is still alive to report").isEqualTo(TriageCli.EXIT_BAD_RULES);
        assertThat(run.err()).containsPattern("error: falls/falls.drl:\\d+: 'System' is not allowed in a rule");
    }

    @Test
    void unusedVocabulary_andARuleThatCanNeverFire_areWarnings() throws IOException {
        Path rules = rules();
        Path vocabulary = rules.resolve("vocabulary.json");
        Files.writeString(vocabulary, Files.readString(vocabulary).replace("\"questions\": [",
                "\"questions\": [ { \"code\": \"NEVER_READ\", \"redFlag\": false, \"appliesTo\": [\"FALL\"], "
                        + "\"text\": \"Is this read?\" },"));
        Path drl = rules.resolve("falls/falls.drl");
        Files.writeString(drl, Files.readString(drl).replace("Finding( code == \"FALL_LONG_LIE\" )",
                "Finding( code == \"FALL_LONG_LIE\", absent(\"FALL_LONG_LIE\") )"));

        TriageCliTest.Run run = TriageCliTest.run("lint", "--samples", "50", "--strict", rules.toString());

        assertThat(run.exit()).isEqualTo(TriageCli.EXIT_CHECK_FAILED);
        assertThat(run.out()).contains("warning: vocabulary.json: question NEVER_READ is read by no rule",
                "FALL-009 \"A long lie of an hour or more, or of unknown length, needs an ambulance\" never fired");
    }

    @Test
    void aRuleAlwaysOutranked_namesItsShadow() throws IOException {
        Path rules = rules();
        Path drl = rules.resolve("falls/falls.drl");
        String widened = "$call : Call( present(\"FALL_BLEEDING_FREELY\") || present(\"FALL_FRACTURE_SIGNS\") )";
        Files.writeString(drl, Files.readString(drl).replace(
                "$call : Finding( code == \"FALL_BLEEDING_FREELY\" )", widened));
        assertThat(Files.readString(drl)).contains(widened);

        TriageCliTest.Run run = TriageCliTest.run("lint", "--samples", "300", rules.toString());

        assertThat(run.out()).containsPattern("FALL-008 .* never decided the outcome; most often shadowed by FALL-006");
    }
}
