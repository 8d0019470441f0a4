/**
 * The knowledge a tenant's bot answers from: FAQ entries (a standard question, similar questions, an answer) in a
 * category tree. Every row is tenant-owned and filtered by Hibernate. Publishes {@link
 * io.shopdesk.knowledge.KnowledgeChanged} so the engine can retrain; never reads the engine's or conversations'
 * tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Knowledge")
package io.shopdesk.knowledge;
