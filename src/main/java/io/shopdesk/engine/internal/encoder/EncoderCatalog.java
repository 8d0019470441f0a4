package io.shopdesk.engine.internal.encoder;

import ai.onnxruntime.OrtException;
import io.shopdesk.engine.internal.matching.MatchLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The sentence encoders of one JVM, one per language, loaded on first use. Chinese uses bge-small-zh; English uses
 * bge-small-en and, unless its share is 1, all-MiniLM-L6-v2 beside it (see {@link ConcatEncoder}). Model files are
 * copied out of the jar once into a local folder and loaded from there (loading from a classpath byte array doubles
 * the memory peak).
 */
public final class EncoderCatalog implements AutoCloseable {

    /** Questions are short: 64 word pieces cover all but pasted pages, which are cut. */
    public static final int MAX_TOKENS = 64;

    /** English's second model; it pools by the mean over the tokens (the bge models take the first token). */
    static final String ENGLISH_SECOND = "all-minilm-l6-v2-q";

    /** Every model's: bge-small-en, bge-small-zh and all-MiniLM-L6-v2 all give 384 dimensions. */
    private static final int DIMENSION = 384;

    private final Path modelDirectory;
    private final int threads;
    private final int maxBatch;
    private final int cacheSize;
    private final double englishBgeShare;
    private final Map<String, BatchingEncoder> models = new HashMap<>();
    private final Map<MatchLanguage, SentenceEncoder> languages = new EnumMap<>(MatchLanguage.class);

    public EncoderCatalog(Path modelDirectory, int threads, int maxBatch, int cacheSize, double englishBgeShare) {
        this.modelDirectory = modelDirectory;
        this.threads = threads;
        this.maxBatch = maxBatch;
        this.cacheSize = cacheSize;
        this.englishBgeShare = englishBgeShare;
    }

    /** The main model file of each language, inside the langchain4j embedding jars. */
    static String modelName(MatchLanguage language) {
        return switch (language) {
            case EN -> "bge-small-en-v1.5-q";
            case ZH -> "bge-small-zh-v1.5";
        };
    }

    public synchronized SentenceEncoder forLanguage(MatchLanguage language) {
        return languages.computeIfAbsent(language, l -> {
            SentenceEncoder main = model(modelName(l));
            if (l != MatchLanguage.EN || englishBgeShare >= 1) {
                return main;
            }
            return new ConcatEncoder(main, model(ENGLISH_SECOND), englishBgeShare);
        });
    }

    private SentenceEncoder model(String name) {
        return models.computeIfAbsent(name, this::load);
    }

    private BatchingEncoder load(String name) {
        try {
            Path model = extract(name + ".onnx");
            WordPieceTokenizer tokenizer;
            try (InputStream json = resource(name + "-tokenizer.json")) {
                tokenizer = WordPieceTokenizer.fromTokenizerJson(json);
            }
            OnnxEncoder onnx = new OnnxEncoder(model, DIMENSION, name.equals(ENGLISH_SECOND));
            return new BatchingEncoder(name, onnx, tokenizer, MAX_TOKENS, threads, maxBatch, cacheSize);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the " + name + " encoder", e);
        } catch (OrtException e) {
            throw new IllegalStateException("Cannot load the " + name + " encoder", e);
        }
    }

    private Path extract(String resource) throws IOException {
        Files.createDirectories(modelDirectory);
        Path target = modelDirectory.resolve(resource);
        var url = EncoderCatalog.class.getClassLoader().getResource(resource);
        long expected = url == null ? -1 : url.openConnection().getContentLengthLong();
        if (Files.exists(target) && (expected < 0 || Files.size(target) == expected)) {
            return target;
        }
        Path partial = Files.createTempFile(modelDirectory, resource, ".part");
        try (InputStream in = resource(resource)) {
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = EncoderCatalog.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("Missing model resource " + name + " (is its langchain4j embedding jar present?)");
        }
        return in;
    }

    @Override
    public synchronized void close() {
        for (BatchingEncoder encoder : models.values()) {
            try {
                encoder.close();
            } catch (OrtException e) {
                // closing at shutdown: nothing left to do with the failure
            }
        }
        models.clear();
        languages.clear();
    }
}
