package io.shopdesk.engine.internal;

import io.shopdesk.engine.SentimentAnalysis;
import io.shopdesk.engine.internal.matching.DefaultMatching;
import io.shopdesk.engine.internal.matching.MatchLanguage;
import io.shopdesk.engine.internal.sentiment.SentimentModel;
import io.shopdesk.engine.internal.sentiment.SentimentTrainer;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The sentiment models of this JVM, one per language, each trained once from the shipped seed messages on a
 * background thread started by the first call for its language (so a JVM that never scores Chinese never loads the
 * Chinese encoder). A language whose training failed stays empty: callers keep their fallback.
 */
@Component
class SentimentService implements SentimentAnalysis {

    private static final Logger log = LoggerFactory.getLogger(SentimentService.class);

    private final DefaultMatching matching;
    private final Map<MatchLanguage, CompletableFuture<SentimentModel>> models = new ConcurrentHashMap<>();

    SentimentService(DefaultMatching matching) {
        this.matching = matching;
    }

    @Override
    public OptionalDouble negativity(String text) {
        if (text == null || text.isBlank()) {
            return OptionalDouble.of(0);
        }
        var model = model(SentimentModel.languageOf(text));
        if (!model.isDone() || model.isCompletedExceptionally()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(model.join().negativity(text));
    }

    @Override
    public boolean awaitReady(Locale language, Duration timeout) {
        var model = model(MatchLanguage.of(language));
        try {
            model.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    private CompletableFuture<SentimentModel> model(MatchLanguage language) {
        return models.computeIfAbsent(language, this::startTraining);
    }

    private CompletableFuture<SentimentModel> startTraining(MatchLanguage language) {
        var future = new CompletableFuture<SentimentModel>();
        Thread.ofPlatform()
                .daemon()
                .priority(Thread.MIN_PRIORITY)
                .name("sentiment-training-" + language.name().toLowerCase(Locale.ROOT))
                .start(() -> {
                    long started = System.nanoTime();
                    try {
                        var examples = SentimentTrainer.seeds(language);
                        var model = SentimentTrainer.train(language, matching.encoder(language), examples);
                        log.info(
                                "Sentiment model ({}) trained on {} messages in {} ms",
                                language,
                                examples.size(),
                                (System.nanoTime() - started) / 1_000_000);
                        future.complete(model);
                    } catch (RuntimeException | LinkageError e) {
                        log.warn("Sentiment model ({}) could not be trained; the word lists stay in use", language, e);
                        future.completeExceptionally(e);
                    }
                });
        return future;
    }
}
