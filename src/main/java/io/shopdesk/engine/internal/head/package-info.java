/**
 * The classifier head of a tenant: a one-hidden-layer network over sentence embeddings, trained with deeplearning4j
 * and then answered in plain Java from its copied weights (no ND4J per question, nothing native per tenant).
 */
package io.shopdesk.engine.internal.head;
