package org.hearandtreat.triage.internal;

import java.util.concurrent.ConcurrentLinkedDeque;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Stateful sessions of one KieBase, reused across evaluations: each evaluation borrows a session, inserts its call,
 * fires, and deletes the call again, which leaves the session empty for the next one. Reusing a warm session costs a
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
            FactHandle handle = session.insert(call);
            session.fireAllRules();
            session.delete(handle);
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
