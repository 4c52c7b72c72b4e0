package org.hearandtreat.triage.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hearandtreat.triage.Assessment;
import org.hearandtreat.triage.ReloadResult;
import org.hearandtreat.triage.TriageJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A clinician's DRL folder, reloaded on change; the old rules serve until the new ones pass their cases. */
class ProtocolFolderWatcherTest {

    @TempDir
    Path dir;

    private Path rules;
    private Path cases;
    private Path drl;
    private Assessment fall;
    private final List<ReloadResult> reloads = new ArrayList<>();

    @BeforeEach
    void clinicianFolderWithOneCase() throws IOException {
        rules = dir.resolve("rules");
        org.hearandtreat.triage.RuleFolders.copy(TriageCliTest.REFERENCE_RULES, rules);
        cases = dir.resolve("cases");
        TriageCliTest.caseFile(dir, "cases/uninjured.json", "FALLS_RESPONSE/PT2H");
        drl = rules.resolve("falls/falls.drl");
        fall = TriageJson.readAssessment(Files.readString(
                TriageCliTest.EXAMPLES.resolve("fall-uninjured-cannot-get-up.json")));
    }

    private void edit(String find, String replace) throws IOException {
        String text = Files.readString(drl);
        assertThat(text).contains(find);
        Files.writeString(drl, text.replace(find, replace));
    }

    private void bumpVersion(String version) throws IOException {
        Path manifest = rules.resolve("ruleset.json");
        Files.writeString(manifest, Files.readString(manifest).replaceFirst("\"version\": \"[^\"]+\"",
                "\"version\": \"" + version + "\""));
    }

    @Test
    void unchangedFolder_isNotReloaded() throws Exception {
        try (ProtocolFolderWatcher watcher = new ProtocolFolderWatcher(rules, cases, reloads::add)) {
            assertThat(watcher.pollNow()).isNull();
            assertThat(reloads).isEmpty();
        }
    }

    @Test
    void changeThatPassesTheCases_isSwappedIn() throws Exception {
        try (ProtocolFolderWatcher watcher = new ProtocolFolderWatcher(rules, cases, reloads::add)) {
            bumpVersion("9.0.0");
            edit("A non-injury fall needs lifting", "An uninjured fall needs lifting");

            ReloadResult result = watcher.pollNow();

            assertThat(result.applied()).isTrue();
            assertThat(watcher.engine().evaluate(fall).ruleSet().version()).isEqualTo("9.0.0");
            assertThat(reloads).containsExactly(result);
        }
    }

    @Test
    void changeThatFailsACase_isRejected_andTheOldRulesKeepServing() throws Exception {
        try (ProtocolFolderWatcher watcher = new ProtocolFolderWatcher(rules, cases, reloads::add)) {
            String before = watcher.engine().ruleSetInfo().contentHash();
            bumpVersion("9.0.0");
            edit("referWithinHours(\"FALLS_RESPONSE\", 2)", "referWithinHours(\"FALLS_RESPONSE\", 4)");

            ReloadResult result = watcher.pollNow();

            assertThat(result.applied()).isFalse();
            assertThat(result.rejectedAt()).isEqualTo(ReloadResult.Stage.CHECK);
            assertThat(result.problemLines()).containsExactly(
                    "uninjured.json: expected FALLS_RESPONSE/PT2H, got FALLS_RESPONSE/PT4H");
            assertThat(watcher.engine().ruleSetInfo().contentHash()).isEqualTo(before);
            assertThat(watcher.engine().evaluate(fall).disposition().code()).isEqualTo("FALLS_RESPONSE/PT2H");
        }
    }

    @Test
    void changedRulesUnderTheSameVersion_areRejected_untilTheVersionIsRaised() throws Exception {
        try (ProtocolFolderWatcher watcher = new ProtocolFolderWatcher(rules, cases, reloads::add)) {
            edit("A non-injury fall needs lifting", "An uninjured fall needs lifting");

            ReloadResult sameVersion = watcher.pollNow();
            bumpVersion("9.0.1");
            ReloadResult newVersion = watcher.pollNow();

            assertThat(sameVersion.rejectedAt()).isEqualTo(ReloadResult.Stage.VERSION);
            assertThat(newVersion.applied()).isTrue();
        }
    }

    @Test
    void brokenDrl_isRejectedWithFileAndLine_andTheOldRulesKeepServing() throws Exception {
        try (ProtocolFolderWatcher watcher = new ProtocolFolderWatcher(rules, cases, reloads::add)) {
            edit("then\n    $call.referWithinHours(\"FALLS_RESPONSE\", 2)",
                    "then\n    $call.referWithinHours(\"FALLS_RESPONSE\", 2");

            ReloadResult result = watcher.pollNow();

            assertThat(result.applied()).isFalse();
            assertThat(result.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isEqualTo("falls/falls.drl"));
            assertThat(watcher.engine().evaluate(fall).disposition().code()).isEqualTo("FALLS_RESPONSE/PT2H");
        }
    }

    @Test
    void pollingSurvivesAFailure_andLoadsTheNextGoodVersion() throws Exception {
        java.util.concurrent.BlockingQueue<ReloadResult> seen = new java.util.concurrent.LinkedBlockingQueue<>();
        java.util.concurrent.atomic.AtomicBoolean first = new java.util.concurrent.atomic.AtomicBoolean(true);
        try (ProtocolFolderWatcher watcher = new ProtocolFolderWatcher(rules, cases, result -> {
            seen.add(result);
            if (first.getAndSet(false)) {
                throw new IllegalStateException("listener failed once");
            }
        })) {
            Path moved = dir.resolve("moved-away");
            Files.move(rules, moved);
            watcher.start(20, java.util.concurrent.TimeUnit.MILLISECONDS);
            ReloadResult failed = seen.poll(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(failed).isNotNull();
            assertThat(failed.applied()).isFalse();
            assertThat(failed.problems()).singleElement().asString().contains("polling failed");

            Files.move(moved, rules);
            bumpVersion("9.1.0");
            ReloadResult loaded;
            do {
                loaded = seen.poll(30, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(loaded).isNotNull();
            } while (!loaded.applied());

            assertThat(watcher.engine().ruleSetInfo().version()).isEqualTo("9.1.0");
        }
    }

    @Test
    void folderThatFailsItsCasesAtStartUp_isRefused() throws IOException {
        edit("referWithinHours(\"FALLS_RESPONSE\", 2)", "referWithinHours(\"FALLS_RESPONSE\", 4)");

        assertThatThrownBy(() -> new ProtocolFolderWatcher(rules, cases, reloads::add))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("uninjured.json");
    }
}
