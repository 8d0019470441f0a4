package io.shopdesk.engine.internal.matching;

import io.shopdesk.engine.internal.analysis.TermAnalyzer;
import io.shopdesk.engine.internal.encoder.EncoderCatalog;
import io.shopdesk.engine.internal.encoder.SentenceEncoder;
import io.shopdesk.engine.internal.head.HeadTrainer;
import io.shopdesk.engine.internal.model.ModelCodec;
import io.shopdesk.engine.internal.model.ModelTrainer;
import io.shopdesk.engine.internal.model.Toolkit;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;

/**
 * The matching library's implementation: create one per JVM with {@link #create}, share it, close it at shutdown
 * (stops the encoder threads). Encoders and analyzers of a language load on first use, so a JVM serving only
 * English tenants never loads the Chinese encoder.
 */
public final class DefaultMatching implements Matching, AutoCloseable {

    private final EncoderCatalog encoders;
    private final ModelTrainer trainer;
    private final Map<MatchLanguage, Toolkit> toolkits = new EnumMap<>(MatchLanguage.class);

    private DefaultMatching(MatchingSettings settings) {
        this.encoders = new EncoderCatalog(
                settings.modelDirectory(),
                settings.encoderThreads(),
                settings.maxBatch(),
                settings.cacheSize(),
                settings.englishBgeShare());
        this.trainer = new ModelTrainer(new ModelTrainer.Settings(
                ModelTrainer.Settings.DEFAULTS.folds(),
                ModelTrainer.Settings.DEFAULTS.maxHeadLabels(),
                HeadTrainer.Settings.DEFAULTS,
                settings.trainingThreads()));
    }

    public static DefaultMatching create(MatchingSettings settings) {
        return new DefaultMatching(settings);
    }

    /** Loads the encoder and analyzer of a language now rather than on the first question (e.g. at start-up). */
    public void warmUp(MatchLanguage language) {
        Toolkit toolkit = toolkit(language);
        toolkit.encoder().encode(language == MatchLanguage.ZH ? "你好" : "hello");
        toolkit.analyzer().terms(language == MatchLanguage.ZH ? "你好" : "hello");
    }

    @Override
    public TenantModel train(TrainingData data, TrainingProgress progress) throws TrainingFailedException {
        if (data == null || data.language() == null) {
            throw new TrainingFailedException("Training data without a language");
        }
        if (data.examples().isEmpty()) {
            throw new TrainingFailedException("No example questions to train on");
        }
        return trainer.train(data, progress == null ? TrainingProgress.NONE : progress, toolkit(data.language()));
    }

    @Override
    public TenantModel read(InputStream in) throws IOException {
        return ModelCodec.read(in, this::toolkit);
    }

    /** The shared sentence encoder of a language (loaded now if it is not yet), e.g. for the sentiment model. */
    public SentenceEncoder encoder(MatchLanguage language) {
        return toolkit(language).encoder();
    }

    private synchronized Toolkit toolkit(MatchLanguage language) {
        return toolkits.computeIfAbsent(language, l -> new Toolkit(l, encoders.forLanguage(l), TermAnalyzer.of(l)));
    }

    @Override
    public void close() {
        encoders.close();
    }
}
