package io.shopdesk.conversation;

/** A live subscription to a conversation's updates; closing it stops them. */
public interface FeedSubscription extends AutoCloseable {

    @Override
    void close();
}
