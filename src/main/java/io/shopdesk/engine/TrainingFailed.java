package io.shopdesk.engine;

import io.shopdesk.shared.TenantId;

/** A training job could not produce a model; the tenant's live model did not change. */
public record TrainingFailed(TenantId tenant, long jobId, String reason) {}
