package org.hearandtreat.triage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {

    @TempDir
    Path dir;

    /** @return the reference rules with one edit, released as a new version */
    private Path rulesWith(String find, String replace) throws IOException {
        Path rules = sameVersionWith(find, replace);
        Path manifest = rules.resolve("ruleset.json");
        Files.writeString(manifest, Files.readString(manifest).replaceFirst("\"version\": \"[^\"]+\"",
                "\"version\": \"9.0.0\""));
        return rules;
    }

    private Path sameVersionWith(String find, String replace) throws IOException {
        Path rules = dir.resolve("rules");
        org.hearandtreat.triage.RuleFolders.copy(TriageCliTest.REFERENCE_RULES, rules);
        Path drl = rules.resolve("falls/falls.drl");
        String text = Files.readString(drl);
        assertThat(text).contains(find);
        Files.writeString(drl, text.replace(find, replace));
        return rules;
    }

    private Path corpus() throws IOException {
        Path cases = dir.resolve("cases");
        TriageCliTest.caseFile(dir, "cases/falls/uninjured.json", "FALLS_RESPONSE/PT2H");
        Files.copy(TriageCliTest.EXAMPLES.resolve("chest-pain-cardiac-features.json"), cases.resolve("chest.json"));
        return cases;
    }

    @Test
    void sameRules_changeNothing_exit0() throws IOException {
        TriageCliTest.Run run = TriageCliTest.run("diff", "--old", "builtin", "--new",
                TriageCliTest.REFERENCE_RULES.toString(), corpus().toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("2 cases compared: 2 unchanged, 0 up-triaged, 0 down-triaged, 0 changed service");
    }

    @Test
    void downTriage_isListedWithItsRules_andFailsUnlessAllowed() throws IOException {
        Path cases = corpus();
        Path lowered = rulesWith("referWithinHours(\"FALLS_RESPONSE\", 2)", "referWithinHours(\"FALLS_RESPONSE\", 4)");

        TriageCliTest.Run run = TriageCliTest.run("diff", "--old", "builtin", "--new", lowered.toString(), cases.toString());

        assertThat(run.exit()).isEqualTo(TriageCli.EXIT_CHECK_FAILED);
        assertThat(run.out()).contains("DOWN falls/uninjured.json: FALLS_RESPONSE/PT2H -> FALLS_RESPONSE/PT4H; "
                        + "deciding rule FALL-010 -> FALL-010",
                "2 cases compared: 1 unchanged, 0 up-triaged, 1 down-triaged, 0 changed service", "--allow-down");

        TriageCliTest.Run allowed = TriageCliTest.run("diff", "--allow-down", "--old", "builtin", "--new",
                lowered.toString(), cases.toString());
        assertThat(allowed.exit()).isZero();
    }

    @Test
    void upTriage_namesTheRuleThatNowFires() throws IOException {
        Path raised = rulesWith("$call.referWithinHours(\"FALLS_RESPONSE\", 2)",
                "$call.referWithinHours(\"EMERGENCY_DEPARTMENT\", 1)");

        TriageCliTest.Run run = TriageCliTest.run("diff", "--old", "builtin", "--new", raised.toString(),
                corpus().toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("UP   falls/uninjured.json: FALLS_RESPONSE/PT2H -> EMERGENCY_DEPARTMENT/PT1H",
                "1 up-triaged, 0 down-triaged");
    }

    @Test
    void changedRulesUnderTheSameVersion_areAnError_afterTheComparison() throws IOException {
        Path changed = sameVersionWith("$call.referWithinHours(\"FALLS_RESPONSE\", 2)",
                "$call.referWithinHours(\"EMERGENCY_DEPARTMENT\", 1)");

        TriageCliTest.Run run = TriageCliTest.run("diff", "--old", "builtin", "--new", changed.toString(),
                corpus().toString());

        assertThat(run.exit()).isEqualTo(TriageCli.EXIT_CHECK_FAILED);
        assertThat(run.out()).contains("1 up-triaged");
        assertThat(run.err()).contains("error: both rule sets are reference-protocols", "but their content differs",
                "a changed rule set must carry a new version");
    }

    @Test
    void brokenNewRules_giveFileAndLine_exit3() throws IOException {
        Path broken = rulesWith("then\n    $call.referWithinHours(\"FALLS_RESPONSE\", 2)",
                "then\n    $call.referWithinHours(\"FALLS_RESPONSE\", 2");

        TriageCliTest.Run run = TriageCliTest.run("diff", "--old", "builtin", "--new", broken.toString(),
                corpus().toString());

        assertThat(run.exit()).isEqualTo(TriageCli.EXIT_BAD_RULES);
        assertThat(run.err()).startsWith("error: falls/falls.drl:");
    }
}
