package io.shopdesk.conversation;

/** How the customer asked for a person: the "talk to a person" button, or by typing it ("转人工", "human"). */
public enum HandoffTrigger {
    BUTTON,
    KEYWORD
}
