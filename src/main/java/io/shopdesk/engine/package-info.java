/**
 * The bot engine: text analysis (Chinese and English), matching a question to a tenant's FAQ entries with three
 * fused signals (BM25, a pretrained sentence encoder, a per-tenant classifier head) and a calibrated confidence,
 * training jobs, the versioned model registry in the database, and the shared runtime that keeps tenants' models
 * resident under a memory budget; and the sentiment model ({@link io.shopdesk.engine.SentimentAnalysis}). Reads training data from the knowledge module's public API; never reads another
 * module's tables. deeplearning4j, ND4J, ONNX Runtime, Lucene and HanLP are confined to its internal packages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Bot engine")
package io.shopdesk.engine;
