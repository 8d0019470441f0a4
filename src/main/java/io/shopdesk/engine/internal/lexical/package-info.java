/** The lexical signal: a Lucene BM25 index over a tenant's example questions, in memory. */
package io.shopdesk.engine.internal.lexical;
