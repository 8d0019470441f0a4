package io.shopdesk.conversation.internal;

import io.shopdesk.conversation.ConversationState;
import io.shopdesk.conversation.ConversationUpdates;
import io.shopdesk.conversation.FeedSubscription;
import io.shopdesk.conversation.MessageView;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Live updates of conversations to their subscribers on this node. Whoever adds messages to a conversation (the bot
 * now, agents later) publishes them here after commit; subscribers read anything they missed from the database.
 * With several nodes, a subscriber on another node sees a message only when it next catches up (a later issue
 * brings a broadcast between nodes).
 */
@Component
public class ConversationFeed {

    private final ConcurrentHashMap<Long, Set<FeedSubscriber>> subscribers = new ConcurrentHashMap<>();
    private final ExecutorService deliveries = Executors.newVirtualThreadPerTaskExecutor();

    /**
     * Subscribes to a conversation from a cursor on: the stored messages after it come first.
     *
     * @param storedAfter reads the stored messages after a sequence number (called outside any transaction)
     */
    public FeedSubscription subscribe(
            long conversationId, int afterSeq, ConversationUpdates target, IntFunction<List<MessageView>> storedAfter) {
        var holder = new FeedSubscriber[1];
        var subscriber = new FeedSubscriber(afterSeq, target, storedAfter, deliveries, () -> {
            subscribers.computeIfPresent(conversationId, (id, members) -> {
                members.remove(holder[0]);
                return members.isEmpty() ? null : members;
            });
        });
        holder[0] = subscriber;
        subscribers.compute(conversationId, (id, members) -> {
            var set = members == null ? ConcurrentHashMap.<FeedSubscriber>newKeySet() : members;
            set.add(subscriber);
            return set;
        });
        subscriber.start();
        return subscriber;
    }

    /** Publishes messages just committed to a conversation (in sequence order). */
    public void publish(long conversationId, List<MessageView> messages) {
        var set = subscribers.get(conversationId);
        if (set != null && !messages.isEmpty()) {
            set.forEach(subscriber -> subscriber.messages(messages));
        }
    }

    /** Publishes a conversation's new state. */
    public void publish(long conversationId, ConversationState state) {
        var set = subscribers.get(conversationId);
        if (set != null) {
            set.forEach(subscriber -> subscriber.state(state));
        }
    }

    public int subscriberCount() {
        return subscribers.values().stream().mapToInt(Set::size).sum();
    }

    @Scheduled(fixedDelayString = "${shopdesk.chat.stream.heartbeat:20s}")
    void heartbeat() {
        subscribers.values().forEach(set -> set.forEach(FeedSubscriber::heartbeat));
    }

    /**
     * Ends every stream as soon as the application starts shutting down, so the web server's graceful shutdown does
     * not wait for open streams (clients reconnect to another node).
     */
    @EventListener(ContextClosedEvent.class)
    void closeStreams() {
        subscribers.values().forEach(set -> List.copyOf(set).forEach(FeedSubscriber::close));
    }

    @PreDestroy
    void closeAll() {
        subscribers.values().forEach(set -> List.copyOf(set).forEach(FeedSubscriber::close));
        deliveries.shutdown();
    }
}
