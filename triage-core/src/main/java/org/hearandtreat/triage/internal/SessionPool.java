package org.hearandtreat.triage.internal;

import java.util.concurrent.ConcurrentLinkedDeque;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;

/**
 * Stateful sessions of one KieBase, reused across evaluations: each evaluation borrows a session, inserts its call,
 * fires, and resets the session, which leaves it empty for the next one (as Drools' own session pool does). Reusing a warm session costs a
 * fraction of what a stateless execution does (which builds and disposes a session every time) and allocates far
 * less. A session serves one thread at a time; the pool grows to the number of concurrent evaluations. Thread-safe.
 */
final class SessionPool {

    private final KieBase kieBase;
    private final FiringListener listener;
    private final ConcurrentLinkedDeque<KieSession> idle = new ConcurrentLinkedDeque<>();

    SessionPool(KieBase kieBase, FiringListener listener) {
        this.kieBase = kieBase;
        this.listener = listener;
    }

    /** Fires every rule the call matches, on a borrowed session that goes back to the pool only if it stayed sound. */
    void fire(Object call) {
        KieSession session = idle.pollFirst();
        if (session == null) {
            session = kieBase.newKieSession();
            session.addEventListener(listener);
        }
        boolean sound = false;
        try {
            session.insert(call);
            session.fireAllRules();
            // A delete leaves bookkeeping behind that grows with every call; a reset empties the session fully, listeners
            // included, so the listener goes back on.
            ((StatefulKnowledgeSessionImpl) session).reset();
            if (session.getAgendaEventListeners().isEmpty()) {
                session.addEventListener(listener);
            }
            sound = true;
        } finally {
            if (sound) {
                idle.offerFirst(session);
            } else {
                session.dispose();
            }
        }
    }
}
