package io.shopdesk.conversation;

import io.shopdesk.engine.ConfidenceThresholds;
import io.shopdesk.shared.TenantId;

/**
 * A tenant's dialogue policy: where it draws the answer and suggest lines, and its own greeting and fallback texts
 * in its default language ({@code null} to use ShopDesk's standard texts).
 */
public record DialogueSettings(
        TenantId tenant, String locale, ConfidenceThresholds thresholds, String greeting, String fallback) {}
