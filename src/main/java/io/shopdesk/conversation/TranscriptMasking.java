package io.shopdesk.conversation;

import io.shopdesk.shared.TenantId;

/**
 * What of a customer's text may be stored in a tenant's transcript (and in the events about it). The conversation
 * module owns this port; a data-protection module implements it (masking personal data when the tenant asks for
 * it). The bot always answers on the text as sent; only what is kept goes through here. Without an implementation
 * the text is stored as sent.
 */
public interface TranscriptMasking {

    /** Stores text exactly as sent. */
    TranscriptMasking NONE = (tenant, text) -> text;

    /** The customer's text as it may be stored for this tenant; {@code null} stays {@code null}. */
    String forTranscript(TenantId tenant, String customerText);
}
