package org.hearandtreat.triage.internal;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.hearandtreat.triage.TriageListener;

/**
 * Delivers listener events off the evaluating thread: a bounded queue drained by one task at a time on the given
 * executor, so events arrive in order and a listener is never called concurrently. Publishing never blocks and never
 * throws: a full queue drops the event, a listener that throws loses that event; both are counted. Thread-safe.
 */
public final class ListenerDispatch {

    /** Events held for a slow listener before new ones are dropped. */
    public static final int CAPACITY = 4096;

    private final TriageListener listener;
    private final Executor executor;
    private final ArrayBlockingQueue<Consumer<TriageListener>> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final AtomicBoolean draining = new AtomicBoolean();
    private final LongAdder delivered = new LongAdder();
    private final LongAdder dropped = new LongAdder();
    private final LongAdder failed = new LongAdder();

    /**
     * @param listener the listener
     * @param executor where events are delivered
     */
    public ListenerDispatch(TriageListener listener, Executor executor) {
        this.listener = listener;
        this.executor = executor;
    }

    /** @param event the call to make on the listener */
    public void publish(Consumer<TriageListener> event) {
        if (!queue.offer(event)) {
            dropped.increment();
            return;
        }
        scheduleDrain();
    }

    private void scheduleDrain() {
        if (draining.compareAndSet(false, true)) {
            try {
                executor.execute(this::drain);
            } catch (RuntimeException rejected) {
                draining.set(false);
                failed.increment();
            }
        }
    }

    private void drain() {
        try {
            Consumer<TriageListener> event;
            while ((event = queue.poll()) != null) {
                try {
                    event.accept(listener);
                    delivered.increment();
                } catch (VirtualMachineError e) {
                    throw e;
                } catch (Throwable e) {
                    failed.increment();
                }
            }
        } finally {
            draining.set(false);
            if (!queue.isEmpty()) {
                scheduleDrain();
            }
        }
    }

    /** @return delivery counts so far */
    public TriageListener.Health health() {
        return new TriageListener.Health(delivered.sum(), dropped.sum(), failed.sum());
    }
}
