package org.hearandtreat.triage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.hearandtreat.triage.Assessment;
import org.hearandtreat.triage.Guidance;
import org.hearandtreat.triage.RuleSet;
import org.hearandtreat.triage.TriageEngine;
import org.hearandtreat.triage.TriageJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replay streams a file of calls through the engine on several threads: results in input order, bad lines reported
 * and counted without stopping the run, a confusion matrix against what each call recorded or expected, and the up-
 * and down-triage a second rule set would bring.
 */
class ReplayCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path CASES = Path.of("..", "triage-rules", "src", "test", "resources", "cases");

    @TempDir
    Path dir;

    private Path generated(int count, String name) {
        Path file = dir.resolve(name);
        TriageCliTest.Run run = TriageCliTest.run("generate", "--cases", CASES.toString(), "--count",
                String.valueOf(count), "--seed", "3", "--out", file.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        return file;
    }

    @Test
    void generatedCalls_replayOnFourThreads_inInputOrder_withTheEnginesDispositions() throws Exception {
        Path calls = generated(3000, "calls.jsonl.gz");
        Path results = dir.resolve("results.jsonl");

        TriageCliTest.Run run = TriageCliTest.run("replay", "--threads", "4", "--out", results.toString(),
                calls.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        List<String> in = new ArrayList<>();
        try (var reader = new java.io.BufferedReader(new java.io.InputStreamReader(new java.util.zip.GZIPInputStream(
                Files.newInputStream(calls)), StandardCharsets.UTF_8))) {
            reader.lines().forEach(in::add);
        }
        List<String> out = Files.readAllLines(results);
        assertThat(out).hasSize(3000);
        TriageEngine engine = TriageEngine.create(RuleSet.fromClasspath(TriageCli.REFERENCE_RULES));
        long hearAndTreat = 0;
        for (int i = 0; i < out.size(); i++) {
            JsonNode line = JSON.readTree(out.get(i));
            assertThat(line.get("line").asLong()).isEqualTo(i + 1);
            Assessment call = TriageJson.readAssessment(in.get(i));
            assertThat(line.get("disposition").asText())
                    .isEqualTo(engine.evaluate(call, Guidance.NONE).disposition().code());
            hearAndTreat += line.get("hearAndTreat").asBoolean() ? 1 : 0;
        }
        assertThat(run.out()).contains("Replayed 3,000 lines", "3,000 triaged, 0 bad lines",
                String.format("Hear and treat: %,d of 3,000 triaged", hearAndTreat), "Dispositions");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void casesAndBadLines_giveAConfusionMatrix_andEveryBadLineByNumber() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String name : List.of("fall-uninjured-cannot-get-up.json", "chest-pain-cardiac-features.json")) {
            Assessment a = TriageJson.readAssessment(Files.readString(TriageCliTest.EXAMPLES.resolve(name)));
            lines.add("{\"description\":\"x\",\"expected\":\""
                    + (name.startsWith("fall") ? "FALLS_RESPONSE/PT2H" : "C1") + "\",\"assessment\":"
                    + TriageJson.writeLine(a) + "}");
        }
        lines.add(1, "{ not json");
        lines.add(2, "");
        Path file = dir.resolve("cases.jsonl.gz");
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(file))) {
            gz.write(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        }

        TriageCliTest.Run run = TriageCliTest.run("replay", file.toString());

        assertThat(run.exit()).as("bad lines are input to fix, once the run is over").isEqualTo(TriageCli.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("error: " + file + ": 2 bad lines");
        String[] results = run.out().split("\n");
        assertThat(results).hasSize(4);
        assertThat(results[1]).startsWith("{\"line\":2,\"error\":");
        assertThat(results[2]).startsWith("{\"line\":3,\"error\":");
        assertThat(run.err()).contains("Replayed 4 lines", "2 triaged, 2 bad lines", "bad line 2:", "bad line 3:",
                "Same disposition as recorded or expected: 1 of 2 (50.0%)",
                "Confusion matrix (rows: recorded or expected, columns: replayed)");
        assertThat(run.err()).containsPattern("REFERRAL +0 +0 +0 +0 +0 +0 +1 +0")
                .containsPattern("C1 +0 +1 +0 +0");
    }

    @Test
    void againstASecondRuleSet_countsUpAndDownTriage_withExamples() throws IOException {
        Path calls = generated(400, "calls.jsonl");
        Path rules = dir.resolve("rules");
        org.hearandtreat.triage.RuleFolders.copy(TriageCliTest.REFERENCE_RULES, rules);
        Path drl = rules.resolve("falls/falls.drl");
        Files.writeString(drl, Files.readString(drl).replace("referWithinHours(\"FALLS_RESPONSE\", 2)",
                "referWithinHours(\"FALLS_RESPONSE\", 4)"));
        Path manifest = rules.resolve("ruleset.json");
        Files.writeString(manifest, Files.readString(manifest).replaceFirst("\"version\": \"[^\"]+\"",
                "\"version\": \"9.0.0\""));

        TriageCliTest.Run run = TriageCliTest.run("replay", "--against", rules.toString(), "--out",
                dir.resolve("out.jsonl").toString(), calls.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        long down = Files.readAllLines(dir.resolve("out.jsonl")).stream()
                .filter(l -> l.contains("\"change\":\"DOWN\"")).count();
        long up = Files.readAllLines(dir.resolve("out.jsonl")).stream()
                .filter(l -> l.contains("\"change\":\"UP\"")).count();
        assertThat(down).as("the falls rule now gives 4 hours").isPositive();
        assertThat(up).isZero();
        assertThat(run.out()).contains(String.format("0 up-triaged, %,d down-triaged", down),
                "DOWN line ", "FALLS_RESPONSE/PT2H (FALL-010) -> FALLS_RESPONSE/PT4H (FALL-010)",
                "Confusion matrix (rows: first rule set, columns: against)");
    }

    @Test
    void anAuditRecordFromBeforeCodings_agreesWithTheSameDispositionToday() throws IOException {
        TriageEngine engine = TriageEngine.create(RuleSet.fromClasspath(TriageCli.REFERENCE_RULES));
        Assessment fall = TriageJson.readAssessment(Files.readString(TriageCliTest.EXAMPLES.resolve(
                "chest-pain-cardiac-features.json")));
        String result = TriageJson.writeLine(engine.evaluate(fall));
        String recordedWithoutCodings = result.replaceAll(",\"codings\":\\[[^\\]]*]", "");
        Path file = dir.resolve("audit.jsonl");
        Files.writeString(file, "{\"sequence\":1,\"assessment\":" + TriageJson.writeLine(fall) + ",\"result\":"
                + recordedWithoutCodings + "}\n");

        TriageCliTest.Run run = TriageCliTest.run("replay", "--against", "builtin", file.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("Same disposition as recorded or expected: 1 of 1 (100.0%)",
                "0 up-triaged, 0 down-triaged, 0 other service at the same urgency, 1 unchanged");
    }

    @Test
    void emptyInput_isAnError() throws IOException {
        Path file = Files.writeString(dir.resolve("empty.jsonl"), "");

        TriageCliTest.Run run = TriageCliTest.run("replay", file.toString());

        assertThat(run.exit()).isEqualTo(TriageCli.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("error: " + file + ": holds no calls");
    }

    @Test
    void truncatedGzip_reportsWhereReadingStopped_afterTheSummaryOfWhatWasRead() throws IOException {
        Path calls = generated(2000, "calls.jsonl.gz");
        byte[] bytes = Files.readAllBytes(calls);
        Path cut = Files.write(dir.resolve("cut.jsonl.gz"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

        TriageCliTest.Run run = TriageCliTest.run("replay", cut.toString());

        assertThat(run.exit()).isEqualTo(TriageCli.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("Replayed ", "error: " + cut + ": reading stopped after line ");
        assertThat(run.out().lines().count()).isPositive().isLessThan(2000);
    }
}
