/**
 * Text analysis for Chinese, English and mixed questions: normalisation (width, case, traditional to simplified
 * Chinese, URLs, e-mail addresses, emoji, HTML), the script profile that tells a question in another language, and
 * the terms the lexical index works on (HanLP segmentation for Chinese, Lucene's English analysis otherwise).
 */
package io.shopdesk.engine.internal.analysis;
