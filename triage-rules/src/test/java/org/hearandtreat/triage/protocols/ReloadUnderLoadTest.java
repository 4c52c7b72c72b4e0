package org.hearandtreat.triage.protocols;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.hearandtreat.triage.Answer;
import org.hearandtreat.triage.Assessment;
import org.hearandtreat.triage.Guidance;
import org.hearandtreat.triage.Patient;
import org.hearandtreat.triage.Pregnancy;
import org.hearandtreat.triage.ReloadResult;
import org.hearandtreat.triage.RuleSet;
import org.hearandtreat.triage.Sex;
import org.hearandtreat.triage.TriageEngine;
import org.hearandtreat.triage.TriageResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule sets swapped repeatedly while four threads evaluate: no evaluation fails, every result is labelled with the
 * version that produced it and carries that version's decision, and a broken rule set is rejected each time while
 * the serving one carries on.
 */
class ReloadUnderLoadTest {

    static final int SWAPS = 200;
    static final int BROKEN_ATTEMPTS = 3;

    @TempDir
    Path dir;

    private Path variant(String name, String version, String find, String replace) throws Exception {
        Path folder = dir.resolve(name);
        org.hearandtreat.triage.RuleFolders.copy(ReferenceProtocols.SOURCE_FOLDER, folder);
        Files.writeString(folder.resolve("ruleset.json"), Files.readString(folder.resolve("ruleset.json"))
                .replaceFirst("\"version\": \"[^\"]+\"", "\"version\": \"" + version + "\""));
        Path drl = folder.resolve("falls/falls.drl");
        String text = Files.readString(drl);
        assertThat(text).contains(find);
        Files.writeString(drl, text.replace(find, replace));
        return folder;
    }

    @Test
    void swapsUnderLoad_loseNothing_andLabelEveryResult() throws Exception {
        RuleSet a = RuleSet.fromDirectory(variant("a", "load-A", "referWithinHours(\"FALLS_RESPONSE\", 2)",
                "referWithinHours(\"FALLS_RESPONSE\", 2)"));
        RuleSet b = RuleSet.fromDirectory(variant("b", "load-B", "referWithinHours(\"FALLS_RESPONSE\", 2)",
                "referWithinHours(\"FALLS_RESPONSE\", 1)"));
        Path broken = variant("broken", "load-broken", "then\n    $call.referWithinHours(\"FALLS_RESPONSE\", 2)",
                "then\n    $call.referWithinHours(\"FALLS_RESPONSE\", 2");
        Map<String, String> decisionByVersion = Map.of("load-A", "FALLS_RESPONSE/PT2H", "load-B", "FALLS_RESPONSE/PT1H");
        Assessment call = uninjuredCannotGetUp();
        TriageEngine engine = TriageEngine.create(a);

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong evaluations = new AtomicLong();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            workers.add(pool.submit(() -> {
                while (running.get()) {
                    try {
                        TriageResult result = engine.evaluate(call, Guidance.NONE);
                        String expected = decisionByVersion.get(result.ruleSet().version());
                        if (!result.disposition().code().equals(expected)) {
                            failures.add(result.ruleSet().version() + " gave " + result.disposition().code());
                        }
                        evaluations.incrementAndGet();
                    } catch (RuntimeException e) {
                        failures.add(e.toString());
                    }
                }
            }));
        }
        int applied = 0;
        int rejected = 0;
        try {
            for (int swap = 0; swap < SWAPS; swap++) {
                RuleSet next = swap % 2 == 0 ? b : a;
                ReloadResult reload = engine.reload(() -> next);
                assertThat(reload.applied()).isTrue();
                applied++;
                if (swap % (SWAPS / BROKEN_ATTEMPTS) == 0) {
                    String serving = engine.ruleSetInfo().version();
                    ReloadResult refused = engine.reload(() -> RuleSet.fromDirectory(broken));
                    assertThat(refused.applied()).isFalse();
                    assertThat(refused.problems()).isNotEmpty();
                    assertThat(engine.ruleSetInfo().version()).isEqualTo(serving);
                    rejected++;
                }
                Thread.sleep(1);
            }
        } finally {
            running.set(false);
            for (Future<?> worker : workers) {
                worker.get(1, TimeUnit.MINUTES);
            }
            pool.shutdownNow();
        }

        assertThat(failures).isEmpty();
        assertThat(applied).isEqualTo(SWAPS);
        assertThat(rejected).isGreaterThanOrEqualTo(BROKEN_ATTEMPTS);
        assertThat(evaluations.get()).isGreaterThan(SWAPS);
    }

    private static Assessment uninjuredCannotGetUp() {
        Map<String, Answer> answers = new java.util.LinkedHashMap<>();
        for (var q : ReferenceProtocols.ruleSet().vocabulary().questions()) {
            if (q.redFlag() && q.appliesTo("FALL")) {
                answers.put(q.code(), Answer.NO);
            }
        }
        answers.put("FALL_HEAD_STRUCK", Answer.NO);
        answers.put("FALL_CANNOT_GET_UP", Answer.YES);
        return Assessment.builder().patient(Patient.builder().ageYears(84).sex(Sex.FEMALE)
                        .pregnancy(Pregnancy.NOT_PREGNANT).history("ANTICOAGULATED_OR_BLEEDING_DISORDER", Answer.NO).build())
                .complaint("FALL").answers(answers).evaluatedAt(ReferenceCalls.AT).build();
    }

}
