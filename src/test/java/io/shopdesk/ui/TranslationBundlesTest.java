package io.shopdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Both console languages are complete: the same keys, no empty text, placeholders that format. */
class TranslationBundlesTest {

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var in = TranslationBundlesTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void chinese_and_english_have_exactly_the_same_keys() throws IOException {
        var english = new TreeSet<>(load("translations.properties").stringPropertyNames());
        var chinese = new TreeSet<>(load("translations_zh_CN.properties").stringPropertyNames());
        assertThat(chinese).containsExactlyElementsOf(english);
    }

    @Test
    void no_text_is_empty_and_texts_with_placeholders_have_no_unescaped_apostrophes() throws IOException {
        for (String bundle : new String[] {"translations.properties", "translations_zh_CN.properties"}) {
            var properties = load(bundle);
            for (String key : properties.stringPropertyNames()) {
                String text = properties.getProperty(key);
                assertThat(text).as(bundle + " " + key).isNotBlank();
                if (text.contains("{0}")) {
                    // MessageFormat treats a single apostrophe as a quote and would swallow the placeholder.
                    assertThat(text.replace("''", "")).as(bundle + " " + key).doesNotContain("'");
                }
            }
        }
    }

    @Test
    void chinese_texts_are_actually_chinese() throws IOException {
        var chinese = load("translations_zh_CN.properties");
        long withHan = chinese.stringPropertyNames().stream()
                .map(chinese::getProperty)
                .filter(text ->
                        text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                .count();
        assertThat(withHan).isGreaterThan(chinese.size() * 9L / 10);
    }
}
