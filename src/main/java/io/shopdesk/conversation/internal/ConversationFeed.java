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
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Live updates of conversations to their subscribers on this node. Whoever adds messages to a conversation (the bot,
 * an agent) publishes them here after commit; subscribers read anything they missed from the database. With several
 * replicas, every publication is also announced to the others ({@link ReplicaBroadcast}), whose subscribers of that
 * conversation then catch up from the database.
 */
@Component
public class ConversationFeed {

    private final ConcurrentHashMap<Long, Set<FeedSubscriber>> subscribers = new ConcurrentHashMap<>();
    private final ExecutorService deliveries = Executors.newVirtualThreadPerTaskExecutor();
    private final ObjectProvider<ReplicaBroadcast> broadcast;

    ConversationFeed(ObjectProvider<ReplicaBroadcast> broadcast) {
        this.broadcast = broadcast;
    }

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

    /** Publishes messages just committed to a conversation (in sequence order), here and to the other replicas. */
    public void publish(long conversationId, List<MessageView> messages) {
        if (messages.isEmpty()) {
            return;
        }
        var set = subscribers.get(conversationId);
        if (set != null) {
            set.forEach(subscriber -> subscriber.messages(messages));
        }
        broadcast.ifAvailable(replicas -> replicas.changed(conversationId, null));
    }

    /** Publishes a conversation's new state, here and to the other replicas. */
    public void publish(long conversationId, ConversationState state) {
        publishLocally(conversationId, state);
        broadcast.ifAvailable(replicas -> replicas.changed(conversationId, state));
    }

    /** Publishes a state change announced by another replica to this node's subscribers. */
    void publishLocally(long conversationId, ConversationState state) {
        var set = subscribers.get(conversationId);
        if (set != null) {
            set.forEach(subscriber -> subscriber.state(state));
        }
    }

    /** Another replica committed messages to a conversation: this node's subscribers read them from the database. */
    void catchUp(long conversationId) {
        var set = subscribers.get(conversationId);
        if (set != null) {
            set.forEach(FeedSubscriber::catchUp);
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
