package io.shopdesk.conversation.internal;

import io.shopdesk.conversation.ConversationState;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.AnonymousQueue;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.FanoutExchange;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * Broadcasts conversation changes to every replica through a RabbitMQ fanout exchange; each replica reads them from a
 * queue of its own (exclusive, deleted with its connection). A notice carries only the conversation id and, for a
 * state change, the new state: the receiving replica's subscribers read the messages from the database, so a lost
 * or late notice delays an update but never loses or reorders a message. On with
 * {@code shopdesk.cluster.broadcast=rabbitmq}.
 */
@Component
@ConditionalOnProperty(name = "shopdesk.cluster.broadcast", havingValue = "rabbitmq")
class RabbitReplicaBroadcast implements ReplicaBroadcast {

    static final String EXCHANGE = "shopdesk.conversations";
    private static final String NODE_HEADER = "shopdesk-node";
    private static final Logger log = LoggerFactory.getLogger(RabbitReplicaBroadcast.class);

    private final String node = UUID.randomUUID().toString();
    private final RabbitTemplate rabbit;
    private final ConversationFeed feed;

    RabbitReplicaBroadcast(RabbitTemplate rabbit, ConversationFeed feed) {
        this.rabbit = rabbit;
        this.feed = feed;
    }

    @Override
    public void changed(long conversationId, ConversationState state) {
        var properties = new MessageProperties();
        properties.setHeader(NODE_HEADER, node);
        properties.setContentType(MessageProperties.CONTENT_TYPE_TEXT_PLAIN);
        String body = state == null ? Long.toString(conversationId) : conversationId + " " + state.name();
        try {
            rabbit.send(EXCHANGE, "", new Message(body.getBytes(StandardCharsets.US_ASCII), properties));
        } catch (AmqpException e) {
            // Subscribers elsewhere catch up at their next update or reconnect; the message itself is stored.
            log.warn("Could not broadcast a change of conversation {}: {}", conversationId, e.getMessage());
        }
    }

    @RabbitListener(queues = "#{replicaQueue.name}")
    void received(Message message) {
        if (node.equals(message.getMessageProperties().getHeader(NODE_HEADER))) {
            return;
        }
        String[] parts = new String(message.getBody(), StandardCharsets.US_ASCII).split(" ", 2);
        try {
            long conversationId = Long.parseLong(parts[0]);
            if (parts.length == 1) {
                feed.catchUp(conversationId);
            } else {
                feed.publishLocally(conversationId, ConversationState.valueOf(parts[1]));
            }
        } catch (IllegalArgumentException e) {
            log.warn("Ignored a malformed conversation notice from the broker");
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "shopdesk.cluster.broadcast", havingValue = "rabbitmq")
    static class Topology {

        @Bean
        FanoutExchange conversationExchange() {
            return new FanoutExchange(EXCHANGE, true, false);
        }

        @Bean
        AnonymousQueue replicaQueue() {
            return new AnonymousQueue();
        }

        @Bean
        Binding replicaBinding(FanoutExchange conversationExchange, AnonymousQueue replicaQueue) {
            return BindingBuilder.bind(replicaQueue).to(conversationExchange);
        }
    }
}
