package io.shopdesk.conversation.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConversationMessageRepository extends JpaRepository<ConversationMessage, Long> {

    List<ConversationMessage> findByConversationIdAndSeqGreaterThanOrderBySeqAsc(
            long conversationId, int afterSeq, Limit limit);

    Optional<ConversationMessage> findByConversationIdAndClientMessageId(long conversationId, String clientMessageId);

    List<ConversationMessage> findByConversationIdOrderBySeqAsc(long conversationId);

    Optional<ConversationMessage> findByConversationIdAndSeq(long conversationId, int seq);

    /** The replies stored for a customer message. */
    List<ConversationMessage> findByConversationIdAndReplyToSeqOrderBySeqAsc(long conversationId, int replyToSeq);

    Optional<ConversationMessage> findFirstByConversationIdAndAuthorOrderBySeqDesc(
            long conversationId, io.shopdesk.conversation.MessageAuthor author);
}
