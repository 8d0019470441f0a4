package io.shopdesk.conversation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.conversation.ConversationState;
import io.shopdesk.conversation.ConversationUpdates;
import io.shopdesk.conversation.MessageAuthor;
import io.shopdesk.conversation.MessageKind;
import io.shopdesk.conversation.MessageView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** A subscriber gets every message exactly once and in order, whatever order the live updates come in. */
class FeedSubscriberTest {

    private final List<MessageView> store = new ArrayList<>();
    private final List<Object> received = new ArrayList<>();
    private final AtomicBoolean unregistered = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();

    private static MessageView message(int seq) {
        return new MessageView(
                seq,
                MessageAuthor.BOT,
                MessageKind.ANSWER,
                "m" + seq,
                null,
                Instant.EPOCH,
                null,
                List.of(),
                false,
                true,
                null);
    }

    private void stored(int... seqs) {
        for (int seq : seqs) {
            store.add(message(seq));
        }
    }

    private FeedSubscriber subscriber(int afterSeq, boolean failing) {
        ConversationUpdates target = new ConversationUpdates() {
            @Override
            public void messages(List<MessageView> messages) {
                if (failing) {
                    throw new IllegalStateException("client went away");
                }
                messages.forEach(message -> received.add(message.seq()));
            }

            @Override
            public void state(ConversationState state) {
                received.add(state);
            }

            @Override
            public void heartbeat() {
                received.add("beat");
            }

            @Override
            public void closed() {
                closed.set(true);
            }
        };
        return new FeedSubscriber(
                afterSeq,
                target,
                after -> store.stream().filter(m -> m.seq() > after).toList(),
                Runnable::run,
                () -> unregistered.set(true));
    }

    @Test
    void stored_messages_after_the_cursor_come_first_then_live_ones_once() {
        stored(1, 2, 3);
        var subscriber = subscriber(1, false);
        subscriber.start();
        stored(4);
        subscriber.messages(List.of(message(3), message(4)));
        subscriber.state(ConversationState.WAITING_FOR_AGENT);
        subscriber.heartbeat();

        assertThat(received).containsExactly(2, 3, 4, ConversationState.WAITING_FOR_AGENT, "beat");
    }

    @Test
    void a_gap_is_filled_from_the_store_and_late_updates_are_dropped() {
        stored(1, 2);
        var subscriber = subscriber(0, false);
        subscriber.start();
        stored(3, 4, 5, 6);
        subscriber.messages(List.of(message(5), message(6)));
        subscriber.messages(List.of(message(3), message(4)));

        assertThat(received).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void updates_published_before_the_backlog_was_sent_are_not_sent_twice() {
        stored(1, 2);
        var subscriber = subscriber(0, false);
        subscriber.messages(List.of(message(2)));
        subscriber.start();

        assertThat(received).containsExactly(1, 2);
    }

    @Test
    void a_client_that_went_away_ends_its_subscription() {
        stored(1);
        var subscriber = subscriber(0, true);
        subscriber.start();
        subscriber.messages(List.of(message(2)));

        assertThat(unregistered).isTrue();
        assertThat(closed).isTrue();
        assertThat(received).isEmpty();
    }
}
