/**
 * The knowledge a tenant's bot answers from: FAQ entries (a standard question, similar questions, a sanitized HTML
 * answer with optional per-channel variants, tags, status and validity dates) in a category tree, knowledge
 * articles split into passages, and CSV/XLSX import and export. Every row is tenant-owned and filtered by
 * Hibernate (bulk writes name the tenant explicitly).
 *
 * <p>For other modules: {@link io.shopdesk.knowledge.KnowledgeChanged} names changed FAQ entries and
 * {@link io.shopdesk.knowledge.ArticlesChanged} changed articles; the engine reads their state with
 * {@link io.shopdesk.knowledge.FaqManagement#entriesById} and
 * {@link io.shopdesk.knowledge.KnowledgeArticles#passagesOf}; the conversation runtime reads answers with
 * {@link io.shopdesk.knowledge.FaqAnswers} and reports outcomes by publishing an
 * {@link io.shopdesk.knowledge.FaqEntryOutcome}. Never reads the engine's or conversations' tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Knowledge")
package io.shopdesk.knowledge;
