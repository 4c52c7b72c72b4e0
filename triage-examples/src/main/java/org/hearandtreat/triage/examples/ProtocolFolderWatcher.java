package org.hearandtreat.triage.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hearandtreat.triage.ReloadResult;
import org.hearandtreat.triage.RuleSet;
import org.hearandtreat.triage.RuleSetBuildException;
import org.hearandtreat.triage.TriageEngine;

/**
 * Embedding sample: a clinician's own DRL folder loaded at start-up and reloaded when it changes. A changed folder
 * is built off the evaluation path and must pass its case suite before it is swapped in; until then, and whenever
 * the build or the suite fails, the old rules keep serving. Thread-safe: {@link #pollNow()} may run on the
 * scheduler's thread while any number of threads evaluate with {@link #engine()}.
 */
public final class ProtocolFolderWatcher implements AutoCloseable {

    private final Path rules;
    private final Path cases;
    private final TriageEngine engine;
    private final Consumer<ReloadResult> listener;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "protocol-folder-watcher");
        t.setDaemon(true);
        return t;
    });
    private String lastSeen;

    /**
     * Builds the folder now and fails fast if it does not build or does not pass its cases.
     *
     * @param rules    the rule-set folder
     * @param cases    the case folder the rules must pass before going live
     * @param listener told the outcome of every reload attempt
     * @throws RuleSetBuildException    when the folder does not build
     * @throws IllegalStateException    when the folder does not pass its cases
     */
    public ProtocolFolderWatcher(Path rules, Path cases, Consumer<ReloadResult> listener) throws RuleSetBuildException {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.cases = Objects.requireNonNull(cases, "cases");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.lastSeen = fingerprint();
        this.engine = TriageEngine.create(RuleSet.fromDirectory(rules));
        var problems = CaseSuite.problems(CaseSuite.run(engine, cases, done -> { }));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Rules in " + rules + " fail their cases: " + problems);
        }
    }

    /** @return the engine, always serving the last rule set that built and passed its cases */
    public TriageEngine engine() {
        return engine;
    }

    /**
     * Polls the folder every {@code period}. A poll that fails (the folder unreadable mid-edit, a listener that
     * throws) is reported to the listener as a refused reload and the next poll still runs: a scheduled task that
     * throws is never run again, and the fixed rules would then never load.
     */
    public void start(long period, TimeUnit unit) {
        scheduler.scheduleWithFixedDelay(this::pollSafely, period, period, unit);
    }

    private void pollSafely() {
        try {
            pollNow();
        } catch (RuntimeException e) {
            try {
                listener.accept(new ReloadResult(false, engine.ruleSetInfo(), engine.ruleSetInfo(),
                        ReloadResult.Stage.BUILD, List.of(new RuleSetBuildException.Problem(rules.toString(), 0,
                        "polling failed: " + e))));
            } catch (RuntimeException listenerFailure) {
                // The listener cannot be told; polling goes on regardless, which is what matters.
            }
        }
    }

    /**
     * Reloads if anything in the folder changed since the last attempt.
     *
     * @return the reload outcome, or null when nothing changed
     */
    public synchronized ReloadResult pollNow() {
        String now = fingerprint();
        if (now.equals(lastSeen)) {
            return null;
        }
        lastSeen = now;
        ReloadResult result = engine.reload(() -> RuleSet.fromDirectory(rules),
                candidate -> CaseSuite.problems(CaseSuite.run(candidate, cases, done -> { })));
        listener.accept(result);
        return result;
    }

    /** A digest of every file's name and content: a rule folder is small, and timestamps can miss a quick edit. */
    private String fingerprint() {
        try (Stream<Path> files = Files.walk(rules)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(rules.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(p));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
