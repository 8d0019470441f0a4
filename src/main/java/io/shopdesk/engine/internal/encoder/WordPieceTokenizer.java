package io.shopdesk.engine.internal.encoder;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * BERT's tokenizer (basic tokenisation, then greedy longest-match WordPiece) for the vocabulary of a Hugging Face
 * {@code tokenizer.json}. Returns ids with {@code [CLS]} and {@code [SEP]} around, cut to a maximum length. Thread-safe.
 */
final class WordPieceTokenizer {

    private static final int MAX_WORD_CHARS = 100;

    private final Map<String, Integer> vocabulary;
    private final boolean lowercase;
    private final int unknown;
    private final int cls;
    private final int sep;

    private WordPieceTokenizer(Map<String, Integer> vocabulary, boolean lowercase) {
        this.vocabulary = vocabulary;
        this.lowercase = lowercase;
        this.unknown = vocabulary.get("[UNK]");
        this.cls = vocabulary.get("[CLS]");
        this.sep = vocabulary.get("[SEP]");
    }

    static WordPieceTokenizer fromTokenizerJson(InputStream json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        JsonNode model = root.path("model");
        if (!"WordPiece".equals(model.path("type").asString())) {
            throw new IOException(
                    "Not a WordPiece tokenizer: " + model.path("type").asString());
        }
        Map<String, Integer> vocabulary = new HashMap<>();
        for (var entry : model.path("vocab").properties()) {
            vocabulary.put(entry.getKey(), entry.getValue().asInt());
        }
        boolean lowercase = root.path("normalizer").path("lowercase").asBoolean(false);
        return new WordPieceTokenizer(vocabulary, lowercase);
    }

    /** Token ids of the text: {@code [CLS]}, at most {@code maxTokens - 2} word pieces, {@code [SEP]}. */
    int[] encode(String text, int maxTokens) {
        List<Integer> ids = new ArrayList<>();
        ids.add(cls);
        for (String word : basicTokens(text)) {
            if (ids.size() >= maxTokens - 1) {
                break;
            }
            wordPieces(word, ids, maxTokens - 1);
        }
        ids.add(sep);
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    private List<String> basicTokens(String text) {
        String cleaned = text;
        if (lowercase) {
            cleaned = Normalizer.normalize(cleaned.toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD);
        }
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < cleaned.length(); ) {
            int cp = cleaned.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == 0 || cp == 0xFFFD || Character.isISOControl(cp) && !Character.isWhitespace(cp)) {
                continue;
            }
            if (lowercase && Character.getType(cp) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                flush(word, words);
            } else if (isChineseCharacter(cp) || isPunctuation(cp)) {
                flush(word, words);
                words.add(new String(Character.toChars(cp)));
            } else {
                word.appendCodePoint(cp);
            }
        }
        flush(word, words);
        return words;
    }

    private void wordPieces(String word, List<Integer> ids, int limit) {
        if (word.length() > MAX_WORD_CHARS) {
            ids.add(unknown);
            return;
        }
        List<Integer> pieces = new ArrayList<>();
        int start = 0;
        while (start < word.length()) {
            int end = word.length();
            Integer found = null;
            while (start < end) {
                String piece = start == 0 ? word.substring(start, end) : "##" + word.substring(start, end);
                found = vocabulary.get(piece);
                if (found != null) {
                    break;
                }
                end--;
            }
            if (found == null) {
                pieces.clear();
                pieces.add(unknown);
                break;
            }
            pieces.add(found);
            start = end;
        }
        for (int id : pieces) {
            if (ids.size() >= limit) {
                return;
            }
            ids.add(id);
        }
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (!word.isEmpty()) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    private static boolean isChineseCharacter(int cp) {
        return (cp >= 0x4E00 && cp <= 0x9FFF)
                || (cp >= 0x3400 && cp <= 0x4DBF)
                || (cp >= 0x20000 && cp <= 0x2A6DF)
                || (cp >= 0x2A700 && cp <= 0x2B73F)
                || (cp >= 0x2B740 && cp <= 0x2B81F)
                || (cp >= 0x2B820 && cp <= 0x2CEAF)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0x2F800 && cp <= 0x2FA1F);
    }

    private static boolean isPunctuation(int cp) {
        if ((cp >= 33 && cp <= 47) || (cp >= 58 && cp <= 64) || (cp >= 91 && cp <= 96) || (cp >= 123 && cp <= 126)) {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION,
                    Character.DASH_PUNCTUATION,
                    Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }
}
