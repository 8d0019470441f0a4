/**
 * The tenant model behind {@link io.shopdesk.engine.internal.matching.TenantModel}: example vectors for the nearest
 * neighbours, the BM25 index, the classifier head, and the fitted fusion and calibration; its training with held-out
 * calibration; and its byte format.
 */
package io.shopdesk.engine.internal.model;
