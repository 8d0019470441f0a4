package io.shopdesk.engine;

import io.shopdesk.shared.TenantId;

/**
 * Answers customers' questions for every tenant from that tenant's live model, which it loads lazily and keeps
 * resident while the memory budget allows. Thread-safe; callable from any thread without a tenant context.
 * Tenant status (suspension) and rate limits are the caller's concern: the engine only matches.
 */
public interface BotEngine {

    /**
     * The best FAQ entries for the question, best first (at most three), with calibrated confidences. A tenant
     * without a trained model, or a question that matches nothing, gets an answer without candidates.
     */
    BotAnswer answer(TenantId tenant, String question);
}
