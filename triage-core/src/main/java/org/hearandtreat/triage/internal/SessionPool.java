package org.hearandtreat.triage.internal;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Stateful sessions of one KieBase, reused across evaluations: each evaluation borrows a session, inserts its call,
 * fires, and deletes the call again, which leaves the session empty for the next one. Reusing a warm session costs a
 * fraction of a stateless execution (which builds and disposes a session every time) and allocates far less. A
 * session serves one thread at a time; the pool grows to the number of concurrent evaluations. Thread-safe.
 *
 * <p>A deleted call leaves some bookkeeping behind in the session (under a kilobyte per call), so every
 * {@value #RESET_EVERY} evaluations a session is reset, which empties it fully. Resetting on every call would bound
 * memory too, but its cost grows with the size of the rule network.
 */
final class SessionPool {

    static final int RESET_EVERY = 1_000;
    /**
     * Most rule firings one evaluation may take. The reference protocols fire a few rules a call; a rule that
     * re-triggers itself ({@code update}, {@code modify}) would fire forever and hang the caller instead.
     */
    static final int MAX_FIRINGS = 1_000;

    private static final class Pooled {
        final KieSession session;
        int uses;

        Pooled(KieSession session) {
            this.session = session;
        }
    }

    private static final FactHandle[] NO_HANDLES = new FactHandle[0];

    /** The rules as a whole misbehaved (looped, or left facts behind); no single rule is known to blame. */
    static final class Misbehaviour extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        Misbehaviour(String message) {
            super(message);
        }
    }

    private final KieBase kieBase;
    private final FiringListener listener;
    private final ConcurrentLinkedDeque<Pooled> idle = new ConcurrentLinkedDeque<>();

    SessionPool(KieBase kieBase, FiringListener listener) {
        this.kieBase = kieBase;
        this.listener = listener;
    }

    /** Disposes every idle session; sessions in use go back to the pool as usual. */
    void disposeIdle() {
        for (Pooled pooled = idle.pollFirst(); pooled != null; pooled = idle.pollFirst()) {
            pooled.session.dispose();
        }
    }

    /** @return the number of idle sessions (for tests) */
    int idleSessions() {
        return idle.size();
    }

    /**
     * Fires every rule the call and its findings match, on a borrowed session that goes back to the pool only if it
     * stayed sound.
     */
    void fire(CallFact call) {
        Pooled pooled = idle.pollFirst();
        if (pooled == null) {
            pooled = new Pooled(kieBase.newKieSession());
            pooled.session.addEventListener(listener);
        }
        KieSession session = pooled.session;
        boolean sound = false;
        try {
            FactHandle handle = session.insert(call);
            List<FindingFact> findings = call.findingFacts();
            FactHandle[] findingHandles = findings.isEmpty() ? NO_HANDLES : new FactHandle[findings.size()];
            for (int i = 0; i < findingHandles.length; i++) {
                findingHandles[i] = session.insert(findings.get(i));
            }
            int fired = session.fireAllRules(MAX_FIRINGS + 1);
            if (fired > MAX_FIRINGS) {
                throw new Misbehaviour("more than " + MAX_FIRINGS + " rule firings in one evaluation: a rule "
                        + "re-triggers itself or the rules loop; the session was discarded");
            }
            for (FactHandle findingHandle : findingHandles) {
                session.delete(findingHandle);
            }
            session.delete(handle);
            long left = session.getFactCount();
            if (left != 0) {
                throw new Misbehaviour("the rules left " + left + " fact(s) in the session (a consequence "
                        + "inserted something); the session was discarded so that nothing reaches the next patient");
            }
            if (++pooled.uses >= RESET_EVERY) {
                DroolsInternals.resetSession(session);
                // A reset also removes the listeners.
                if (session.getAgendaEventListeners().isEmpty()) {
                    session.addEventListener(listener);
                }
                pooled.uses = 0;
            }
            sound = true;
        } finally {
            if (sound) {
                idle.offerFirst(pooled);
            } else {
                session.dispose();
            }
        }
    }
}
