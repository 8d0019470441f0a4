/**
 * Pretrained sentence encoders (bge-small, ONNX) run through ONNX Runtime directly, one thread per inference,
 * behind one micro-batching queue per language that every tenant shares. The model files ship inside the jar (the
 * langchain4j embedding artefacts); nothing is downloaded.
 */
package io.shopdesk.engine.internal.encoder;
