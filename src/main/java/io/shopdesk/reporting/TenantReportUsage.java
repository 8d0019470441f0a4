package io.shopdesk.reporting;

import io.shopdesk.shared.TenantId;
import java.math.BigDecimal;

/** One tenant's closed conversations and their cost over a date range, for platform staff. */
public record TenantReportUsage(
        TenantId tenant,
        long conversations,
        long resolvedByBot,
        long agentHandled,
        double automationRate,
        BigDecimal cost,
        BigDecimal savings,
        String currency) {}
