package org.hearandtreat.triage.internal;

import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Tells the call being evaluated on this thread which rule is about to fire, so that proposals and the list of fired
 * rules are attributed to their rule without each consequence naming itself. Drools fires a stateless execution on
 * the calling thread, so a thread-local carries the call; one listener instance serves every thread.
 */
final class FiringListener extends DefaultAgendaEventListener {

    static final ThreadLocal<CallFact> CURRENT = new ThreadLocal<>();

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        CallFact call = CURRENT.get();
        if (call != null) {
            call.enterRule(event.getMatch().getRule());
        }
    }
}
