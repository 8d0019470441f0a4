package io.shopdesk.engine.internal.analysis;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import io.shopdesk.engine.internal.matching.MatchLanguage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Turns a normalised question into the terms of the lexical index: HanLP words for Chinese (Latin words and digits
 * in a Chinese question stay whole), Lucene's English analysis (stop words, possessives, Porter stems) for English.
 * Thread-safe.
 */
public final class TermAnalyzer {

    private final MatchLanguage language;
    private final Segment segment;
    private final Analyzer english;

    private TermAnalyzer(MatchLanguage language) {
        this.language = language;
        this.segment = language == MatchLanguage.ZH
                ? HanLP.newSegment().enableCustomDictionary(true).enableOffset(false)
                : null;
        this.english = language == MatchLanguage.EN ? new EnglishAnalyzer() : null;
    }

    public static TermAnalyzer of(MatchLanguage language) {
        return new TermAnalyzer(language);
    }

    public MatchLanguage language() {
        return language;
    }

    /** The terms of an already normalised text, in order, without punctuation. */
    public List<String> terms(String normalized) {
        if (normalized.isBlank()) {
            return List.of();
        }
        return language == MatchLanguage.ZH ? chineseTerms(normalized) : englishTerms(normalized);
    }

    private List<String> chineseTerms(String text) {
        List<String> terms = new ArrayList<>();
        for (Term term : segment.seg(text)) {
            String word = term.word.strip();
            if (!word.isEmpty() && hasLetterOrDigit(word)) {
                terms.add(word);
            }
        }
        return terms;
    }

    private List<String> englishTerms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = english.tokenStream("q", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static boolean hasLetterOrDigit(String word) {
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }
}
