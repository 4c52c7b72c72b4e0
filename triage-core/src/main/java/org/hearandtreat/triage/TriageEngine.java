package org.hearandtreat.triage;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.Executor;
import org.hearandtreat.triage.internal.Evaluator;
import org.hearandtreat.triage.internal.ListenerDispatch;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates remote assessments against a rule set and returns explained, versioned dispositions. Thread-safe: any
 * number of threads may evaluate at once, and one evaluation never affects another. Each evaluation runs entirely
 * against one rule set, named in its result, even while {@link #reload} swaps in another. Arguments must not be null.
 *
 * <p>The engine's safety policy applies to every rule set: the most urgent proposal wins (C1 &gt; C2 &gt; C3 &gt; C4
 * &gt; hear and treat; referrals by how soon care is needed), a red-flag question answered UNKNOWN counts as present,
 * hear and treat is chosen only when no dispatch was proposed and no red flag is present or unanswered, and no
 * proposal at all yields a clinical callback flagged as a default.
 *
 * <p>The engine writes nothing about a patient to any log; an {@link AuditSink} given at creation receives one
 * record per evaluation for the embedding system's own audit store.
 *
 * <pre>{@code
 * TriageEngine engine = TriageEngine.create(RuleSet.fromClasspath("org/hearandtreat/triage/protocols"));
 * TriageResult result = engine.evaluate(assessment);
 * }</pre>
 */
public final class TriageEngine {

    /** A check a candidate rule set must pass before a reload swaps it in. */
    @FunctionalInterface
    public interface ReloadCheck {
        /**
         * @param candidate an engine serving only the candidate rule set (for example to run a case suite)
         * @return problems found; empty to accept the candidate
         */
        List<String> problems(TriageEngine candidate);
    }

    private final AtomicReference<Evaluator> current;
    private final AuditSink audit;
    private final @Nullable ListenerDispatch listener;
    private final AtomicLong sequence = new AtomicLong();

    private TriageEngine(Evaluator evaluator, AuditSink audit, @Nullable ListenerDispatch listener) {
        this.current = new AtomicReference<>(evaluator);
        this.audit = audit;
        this.listener = listener;
    }

    /**
     * @param ruleSet the rule set to serve
     * @return a builder for an engine with an audit sink, a listener or both
     */
    public static Builder builder(RuleSet ruleSet) {
        return new Builder(Objects.requireNonNull(ruleSet, "ruleSet"));
    }

    /** Builds an engine; every option has a default, so {@code builder(ruleSet).build()} equals {@link #create}. */
    public static final class Builder {
        private final RuleSet ruleSet;
        private AuditSink audit = AuditSink.NONE;
        private TriageListener listener = TriageListener.NONE;
        private @Nullable Executor listenerExecutor;

        private Builder(RuleSet ruleSet) {
            this.ruleSet = ruleSet;
        }

        /**
         * @param audit receives one record per evaluation, synchronously (see {@link AuditSink}); default none
         * @return this builder
         */
        public Builder auditSink(AuditSink audit) {
            this.audit = Objects.requireNonNull(audit, "audit");
            return this;
        }

        /**
         * @param listener hears evaluations, failures and reloads, off the evaluating thread (see
         *                 {@link TriageListener}); default none
         * @return this builder
         */
        public Builder listener(TriageListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * @param executor where listener events are delivered; by default a thread of the engine's own (a daemon),
         *                 so that a listener that blocks holds up nothing else in the host. A direct executor
         *                 ({@code Runnable::run}) delivers on the evaluating thread, so a slow listener then slows
         *                 triage: use it in tests only.
         * @return this builder
         */
        public Builder listenerExecutor(Executor executor) {
            this.listenerExecutor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /** @return the engine, warmed up so that its first real evaluation is not a slow one */
        public TriageEngine build() {
            return new TriageEngine(warm(new Evaluator(ruleSet.compiled())), audit,
                    listener == TriageListener.NONE ? null : new ListenerDispatch(listener,
                            listenerExecutor != null ? listenerExecutor : ownThread()));
        }

        private static Executor ownThread() {
            return java.util.concurrent.Executors.newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, "triage-listener");
                thread.setDaemon(true);
                return thread;
            });
        }
    }

    /**
     * @return how listener events are being delivered: taken, dropped because the listener was too slow, or failed;
     *         all zero when the engine has no listener
     */
    public TriageListener.Health listenerHealth() {
        return listener == null ? new TriageListener.Health(0, 0, 0) : listener.health();
    }

    /**
     * @param ruleSet the rule set to serve
     * @return an engine, warmed up so that its first real evaluation is not a slow one
     */
    public static TriageEngine create(RuleSet ruleSet) {
        return create(ruleSet, AuditSink.NONE);
    }

    /**
     * @param ruleSet the rule set to serve
     * @param audit   receives one record per evaluation (see {@link AuditSink} for the contract)
     * @return an engine, warmed up so that its first real evaluation is not a slow one
     */
    public static TriageEngine create(RuleSet ruleSet, AuditSink audit) {
        return builder(ruleSet).auditSink(audit).build();
    }

    /**
     * Evaluates one assessment.
     *
     * @param assessment the assessment
     * @return the disposition with its reasons, NEWS2, next questions, advice and rule-set version
     * @throws InvalidAssessmentException when the assessment names a code the rule set's vocabulary lacks
     */
    public TriageResult evaluate(Assessment assessment) {
        return evaluate(assessment, Guidance.NEXT_QUESTIONS);
    }

    /**
     * Evaluates one assessment, with or without next-question guidance.
     *
     * @param assessment the assessment
     * @param guidance   whether to compute next-question guidance
     * @return the result; with {@link Guidance#NONE} its next questions are empty and all else is the same
     * @throws InvalidAssessmentException when the assessment names a code the rule set's vocabulary lacks
     * @throws AuditFailedException        when the audit sink failed; it carries the computed result
     */
    public TriageResult evaluate(Assessment assessment, Guidance guidance) {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(guidance, "guidance");
        boolean timed = audit != AuditSink.NONE || listener != null;
        long start = timed ? System.nanoTime() : 0;
        Evaluator evaluator = current.get();
        TriageResult result;
        try {
            result = evaluator.evaluate(assessment, guidance == Guidance.NEXT_QUESTIONS);
        } catch (InvalidAssessmentException e) {
            failed(evaluator, TriageListener.Failure.INVALID_ASSESSMENT, null, start);
            throw e;
        } catch (RuleEvaluationException e) {
            failed(evaluator, TriageListener.Failure.RULE_FAILED, e.ruleId(), start);
            throw e;
        }
        Duration elapsed = timed ? Duration.ofNanos(System.nanoTime() - start) : Duration.ZERO;
        if (listener != null) {
            TriageListener.Evaluated event = new TriageListener.Evaluated(result.ruleSet(), result.disposition(),
                    result.flags(), result.decidingReason().ruleId(), guidance, elapsed);
            listener.publish(l -> l.evaluated(event));
        }
        if (audit != AuditSink.NONE) {
            try {
                audit.record(new AuditRecord(sequence.incrementAndGet(), assessment, result, guidance, elapsed));
            } catch (RuntimeException e) {
                failed(evaluator, TriageListener.Failure.AUDIT_FAILED, null, start);
                throw new AuditFailedException(result, e);
            }
        }
        return result;
    }

    private void failed(Evaluator evaluator, TriageListener.Failure failure, @Nullable String ruleId, long start) {
        if (listener != null) {
            TriageListener.Failed event = new TriageListener.Failed(evaluator.rules().info(), failure, ruleId,
                    Duration.ofNanos(System.nanoTime() - start));
            listener.publish(l -> l.failed(event));
        }
    }

    /** @return the rule set now serving */
    public RuleSetInfo ruleSetInfo() {
        return current.get().rules().info();
    }

    /** @return the vocabulary of the rule set now serving */
    public Vocabulary vocabulary() {
        return current.get().rules().vocabulary();
    }

    /**
     * Builds a new rule set on the calling thread, off the evaluation path, and swaps it in atomically. If building
     * fails the old rule set keeps serving and the result says why; evaluations in flight finish on the rule set they
     * started with.
     *
     * @param loader builds the candidate, for example {@code () -> RuleSet.fromDirectory(folder)}
     * @return whether the candidate now serves, and why not
     */
    public ReloadResult reload(Callable<RuleSet> loader) {
        return reload(loader, candidate -> List.of());
    }

    /**
     * As {@link #reload(Callable)}, but the candidate must also pass {@code check} (for example a case suite) first.
     *
     * @param loader builds the candidate
     * @param check  must return no problems for the swap to happen
     * @return whether the candidate now serves, and why not
     */
    public synchronized ReloadResult reload(Callable<RuleSet> loader, ReloadCheck check) {
        ReloadResult result = tryReload(loader, check);
        if (listener != null) {
            listener.publish(l -> l.reloaded(result));
        }
        return result;
    }

    private ReloadResult tryReload(Callable<RuleSet> loader, ReloadCheck check) {
        Objects.requireNonNull(loader, "loader");
        Objects.requireNonNull(check, "check");
        Evaluator before = current.get();
        Evaluator candidate;
        try {
            RuleSet built = loader.call();
            if (built == null) {
                return rejected(before, ReloadResult.Stage.BUILD, "The loader returned no rule set (null)");
            }
            candidate = warm(new Evaluator(built.compiled()));
        } catch (RuleSetBuildException e) {
            return new ReloadResult(false, before.rules().info(), before.rules().info(), ReloadResult.Stage.BUILD,
                    e.problems());
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            // everything a loader can throw, an assertion included, is a refused reload, never an escape
            return rejected(before, ReloadResult.Stage.BUILD, "Could not build the rule set: " + e);
        }
        RuleSetInfo serving = before.rules().info();
        RuleSetInfo next = candidate.rules().info();
        if (serving.id().equals(next.id()) && serving.version().equals(next.version())
                && !serving.contentHash().equals(next.contentHash())) {
            candidate.dispose();
            return rejected(before, ReloadResult.Stage.VERSION, "Rule set " + next.id() + " " + next.version()
                    + " is already serving with other content (" + serving + "; the candidate is " + next
                    + "): a changed rule set must carry a new version");
        }
        List<String> problems;
        try {
            List<String> found = check.problems(new TriageEngine(candidate, AuditSink.NONE, null));
            problems = found == null ? List.of("The check returned no list of problems (null)") : List.copyOf(found);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            problems = List.of("The check failed: " + e);
        }
        if (!problems.isEmpty()) {
            candidate.dispose();
            return new ReloadResult(false, serving, serving, ReloadResult.Stage.CHECK,
                    problems.stream().map(p -> new RuleSetBuildException.Problem("", 0, String.valueOf(p))).toList());
        }
        Evaluator previous = current.getAndSet(candidate);
        return new ReloadResult(true, next, previous.rules().info(), null, List.of());
    }

    private static ReloadResult rejected(Evaluator serving, ReloadResult.Stage stage, String problem) {
        RuleSetInfo info = serving.rules().info();
        return new ReloadResult(false, info, info, stage, List.of(new RuleSetBuildException.Problem("", 0, problem)));
    }

    private static Evaluator warm(Evaluator evaluator) {
        Vocabulary vocabulary = evaluator.rules().vocabulary();
        if (!vocabulary.complaints().isEmpty()) {
            evaluator.disposition(Assessment.builder().patient(Patient.builder().build())
                    .complaint(vocabulary.complaints().get(0).code()).evaluatedAt(java.time.Instant.EPOCH).build());
        }
        return evaluator;
    }
}
