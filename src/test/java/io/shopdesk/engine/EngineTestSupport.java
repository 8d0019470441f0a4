package io.shopdesk.engine;

import static org.assertj.core.api.Assertions.fail;

import io.shopdesk.knowledge.FaqEntrySummary;
import io.shopdesk.knowledge.FaqManagement;
import io.shopdesk.security.TenantContext;
import io.shopdesk.shared.TenantId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/** Helpers for tests of the engine: waiting for background work, FAQ keys to ids, the paraphrase files. */
public final class EngineTestSupport {

    private EngineTestSupport() {}

    /** Waits until the condition holds, polling every 100 ms; fails with the message after the timeout. */
    public static void await(Duration timeout, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("Timed out after " + timeout.toSeconds() + " s waiting for " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("Interrupted waiting for " + what);
            }
        }
    }

    /** The tenant's FAQ entry ids by entry key. */
    public static Map<String, Long> entryIdsByKey(FaqManagement faq, TenantId tenant) {
        return TenantContext.callAs(tenant, faq::allEntries).stream()
                .filter(entry -> entry.key() != null)
                .collect(Collectors.toMap(FaqEntrySummary::key, FaqEntrySummary::id));
    }

    /** A held-out paraphrase: a customer's question and the key of the entry that answers it, or {@code oos}. */
    public record Paraphrase(String text, String key) {

        public boolean outOfScope() {
            return "oos".equals(key);
        }
    }

    /** The paraphrases of a demo tenant, from {@code src/test/resources/paraphrases/<slug>.csv}. */
    public static List<Paraphrase> paraphrases(String slug) {
        try {
            var lines = Files.readAllLines(
                    Path.of("src/test/resources/paraphrases", slug + ".csv"), StandardCharsets.UTF_8);
            var rows = new ArrayList<Paraphrase>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                int comma = line.lastIndexOf(',');
                String text = line.substring(0, comma);
                if (text.startsWith("\"") && text.endsWith("\"")) {
                    text = text.substring(1, text.length() - 1).replace("\"\"", "\"");
                }
                rows.add(new Paraphrase(text, line.substring(comma + 1).strip()));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
