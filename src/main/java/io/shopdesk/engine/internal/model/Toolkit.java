package io.shopdesk.engine.internal.model;

import io.shopdesk.engine.internal.analysis.TermAnalyzer;
import io.shopdesk.engine.internal.encoder.SentenceEncoder;
import io.shopdesk.engine.internal.matching.MatchLanguage;

/** The shared, heavy parts a model of one language works with. */
public record Toolkit(MatchLanguage language, SentenceEncoder encoder, TermAnalyzer analyzer) {}
