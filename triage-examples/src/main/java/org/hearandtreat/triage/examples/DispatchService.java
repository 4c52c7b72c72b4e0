package org.hearandtreat.triage.examples;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.hearandtreat.triage.Assessment;
import org.hearandtreat.triage.TriageEngine;
import org.hearandtreat.triage.TriageResult;

/**
 * Embedding sample: how a dispatch or clinical-hub system triages incoming calls on several threads. One
 * {@link TriageEngine} is shared by every worker, because it is thread-safe and each evaluation is independent; the
 * service owns only its thread pool. Thread-safe; {@link #close()} stops accepting calls and waits for those in flight.
 */
public final class DispatchService implements AutoCloseable {

    private final TriageEngine engine;
    private final ExecutorService workers;

    /**
     * @param engine  the shared engine
     * @param threads number of worker threads, at least 1
     */
    public DispatchService(TriageEngine engine, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.engine = Objects.requireNonNull(engine, "engine");
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "triage-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Triages one incoming call off the caller's thread.
     *
     * @param call the assessment
     * @return the result, or a failed future with the engine's exception (for example an unknown code)
     */
    public CompletableFuture<TriageResult> triage(Assessment call) {
        Objects.requireNonNull(call, "call");
        return CompletableFuture.supplyAsync(() -> engine.evaluate(call), workers);
    }

    @Override
    public void close() throws InterruptedException {
        workers.shutdown();
        if (!workers.awaitTermination(30, TimeUnit.SECONDS)) {
            workers.shutdownNow();
        }
    }
}
