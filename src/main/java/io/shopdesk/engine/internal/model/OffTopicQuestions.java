package io.shopdesk.engine.internal.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Questions in several languages that no tenant answers (weather, jokes, trivia...). Every calibration holds them
 * out as negatives, so that the confidence learns what far away, and in another language, looks like.
 */
final class OffTopicQuestions {

    private static final List<String> QUESTIONS = load();

    private OffTopicQuestions() {}

    static List<String> all() {
        return QUESTIONS;
    }

    private static List<String> load() {
        try (InputStream in = OffTopicQuestions.class.getResourceAsStream("/engine/off-topic-questions.txt")) {
            if (in == null) {
                throw new IllegalStateException("engine/off-topic-questions.txt is missing");
            }
            List<String> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String text = line.strip();
                if (!text.isEmpty() && !text.startsWith("#")) {
                    lines.add(text);
                }
            }
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
