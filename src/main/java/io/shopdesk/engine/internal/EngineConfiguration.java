package io.shopdesk.engine.internal;

import io.shopdesk.engine.internal.matching.DefaultMatching;
import io.shopdesk.engine.internal.matching.MatchingSettings;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * The engine's infrastructure: the matching library, one per JVM (its encoders are shared by every tenant), and
 * asynchronous event listeners (model updates after FAQ changes).
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class EngineConfiguration {

    @Bean(destroyMethod = "close")
    DefaultMatching matching(
            @Value("${shopdesk.engine.model-directory:}") String modelDirectory,
            @Value("${shopdesk.engine.encoder-threads:0}") int encoderThreads,
            @Value("${shopdesk.engine.encoder-max-batch:8}") int maxBatch,
            @Value("${shopdesk.engine.encoder-cache-entries:10000}") int cacheEntries,
            @Value("${shopdesk.engine.english-bge-share:" + MatchingSettings.DEFAULT_ENGLISH_BGE_SHARE + "}")
                    double englishBgeShare) {
        var settings = MatchingSettings.defaults()
                .withMaxBatch(maxBatch)
                .withCacheSize(cacheEntries)
                .withEnglishBgeShare(englishBgeShare);
        if (!modelDirectory.isBlank()) {
            settings = settings.withModelDirectory(Path.of(modelDirectory));
        }
        if (encoderThreads > 0) {
            settings = settings.withEncoderThreads(encoderThreads);
        }
        return DefaultMatching.create(settings);
    }
}
