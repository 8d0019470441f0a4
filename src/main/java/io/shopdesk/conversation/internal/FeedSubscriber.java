package io.shopdesk.conversation.internal;

import io.shopdesk.conversation.ConversationState;
import io.shopdesk.conversation.ConversationUpdates;
import io.shopdesk.conversation.FeedSubscription;
import io.shopdesk.conversation.MessageView;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;

/**
 * One subscriber of a conversation's feed. Updates are queued and delivered one at a time on a virtual thread, so
 * a slow client never holds up the request that answered. Messages go out exactly once and in order: the stored
 * messages after the client's cursor first, then live ones; a gap (live messages published out of commit order)
 * is filled from the database, and anything at or below the last message sent is dropped.
 */
final class FeedSubscriber implements FeedSubscription {

    private sealed interface Update permits Messages, StateChange, Heartbeat, CatchUp {}

    private record Messages(List<MessageView> messages) implements Update {}

    private record StateChange(ConversationState state) implements Update {}

    private record Heartbeat() implements Update {}

    private record CatchUp() implements Update {}

    private final ConversationUpdates target;
    private final IntFunction<List<MessageView>> storedAfter;
    private final Executor executor;
    private final Runnable unregister;
    private final Queue<Update> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile boolean started;
    private int lastSeq;

    FeedSubscriber(
            int afterSeq,
            ConversationUpdates target,
            IntFunction<List<MessageView>> storedAfter,
            Executor executor,
            Runnable unregister) {
        this.lastSeq = afterSeq;
        this.target = target;
        this.storedAfter = storedAfter;
        this.executor = executor;
        this.unregister = unregister;
    }

    /** Sends the stored messages after the cursor, then whatever was published meanwhile. */
    void start() {
        synchronized (this) {
            try {
                sendStored();
            } catch (Exception gone) {
                close();
                return;
            }
            started = true;
        }
        drainLater();
    }

    void messages(List<MessageView> messages) {
        offer(new Messages(messages));
    }

    void state(ConversationState state) {
        offer(new StateChange(state));
    }

    void heartbeat() {
        offer(new Heartbeat());
    }

    /** Reads the stored messages after the last one sent (committed elsewhere, announced by another replica). */
    void catchUp() {
        offer(new CatchUp());
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            unregister.run();
            queue.clear();
            target.closed();
        }
    }

    private void offer(Update update) {
        if (!closed.get()) {
            queue.add(update);
            if (started) {
                drainLater();
            }
        }
    }

    private void drainLater() {
        if (draining.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        do {
            for (Update update = queue.poll(); update != null && !closed.get(); update = queue.poll()) {
                synchronized (this) {
                    deliver(update);
                }
            }
            draining.set(false);
        } while (!queue.isEmpty() && !closed.get() && draining.compareAndSet(false, true));
    }

    private void deliver(Update update) {
        try {
            switch (update) {
                case Messages(var messages) -> {
                    var fresh = new ArrayList<MessageView>();
                    messages.stream().filter(m -> m.seq() > lastSeq).forEach(fresh::add);
                    if (!fresh.isEmpty() && fresh.getFirst().seq() != lastSeq + 1) {
                        sendStored();
                    } else if (!fresh.isEmpty()) {
                        send(fresh);
                    }
                }
                case StateChange(var state) -> target.state(state);
                case Heartbeat() -> target.heartbeat();
                case CatchUp() -> sendStored();
            }
        } catch (Exception gone) {
            close();
        }
    }

    private void sendStored() throws Exception {
        send(storedAfter.apply(lastSeq));
    }

    private void send(List<MessageView> messages) throws Exception {
        if (!messages.isEmpty()) {
            target.messages(messages);
            lastSeq = messages.getLast().seq();
        }
    }
}
