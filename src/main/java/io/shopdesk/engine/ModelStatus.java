package io.shopdesk.engine;

/**
 * Where a model version stands: a trained CANDIDATE waits for a trainer to publish or discard it; exactly one
 * version of a tenant is LIVE; earlier live versions are RETIRED (and can be rolled back to); DISCARDED ones are
 * kept for the record only.
 */
public enum ModelStatus {
    CANDIDATE,
    LIVE,
    RETIRED,
    DISCARDED
}
