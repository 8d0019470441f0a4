package io.shopdesk.knowledge.internal;

import io.shopdesk.knowledge.ChannelTypes;
import io.shopdesk.knowledge.FaqDraft;
import io.shopdesk.knowledge.FaqProblem;
import io.shopdesk.knowledge.FaqStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules every FAQ entry obeys, wherever it comes from (editor, import, API, tenant pack), and the clean form
 * it is stored in. Uniqueness within the tenant is checked by the callers, which know what else is being written.
 */
public final class FaqRules {

    public static final int MAX_QUESTION = 500;
    public static final int MAX_ANSWER = 20_000;
    public static final int MAX_SIMILAR = 200;
    public static final int MAX_TAG = 40;
    public static final int MAX_TAGS_TEXT = 500;
    public static final int MAX_CATEGORY_NAME = 120;
    public static final int MAX_CATEGORY_DEPTH = 5;
    public static final String CATEGORY_SEPARATOR = " > ";
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    private FaqRules() {}

    /** An entry as it is stored: trimmed, deduplicated, answers sanitized. */
    public record CleanFaq(
            String key,
            List<String> categoryPath,
            String question,
            List<String> similarQuestions,
            String answer,
            Map<String, String> answerVariants,
            List<String> tags,
            FaqStatus status,
            LocalDate validFrom,
            LocalDate validUntil) {

        public String tagText() {
            return String.join(",", tags);
        }
    }

    /** The clean form of the draft and everything wrong with it (empty when it may be stored). */
    public record Checked(CleanFaq entry, List<FaqProblem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public static Checked check(FaqDraft draft) {
        var problems = new ArrayList<FaqProblem>();
        String question = draft.question() == null ? "" : draft.question().strip();
        if (question.isEmpty()) {
            problems.add(FaqProblem.of("question", "error.faq.question-required"));
        } else if (question.length() > MAX_QUESTION) {
            problems.add(FaqProblem.of("question", "error.faq.question-too-long", MAX_QUESTION));
        }
        String key = draft.key() == null || draft.key().isBlank()
                ? null
                : draft.key().strip();
        if (key != null && !KEY.matcher(key).matches()) {
            problems.add(FaqProblem.of("key", "error.faq.key-invalid", key));
        }
        String answer = answer("answer", draft.answer(), question, problems);
        var variants = new LinkedHashMap<String, String>();
        draft.answerVariants().forEach((channel, text) -> {
            if (text == null || text.isBlank()) {
                return;
            }
            if (!ChannelTypes.isValid(channel)) {
                problems.add(FaqProblem.of("answerVariants", "error.faq.channel-invalid", channel));
                return;
            }
            variants.put(ChannelTypes.normalize(channel), answer("answerVariants", text, question, problems));
        });
        var similar = similarQuestions(draft.similarQuestions(), question, problems);
        var tags = tags(draft.tags(), problems);
        var path = categoryPath(draft.category(), problems);
        if (draft.validFrom() != null
                && draft.validUntil() != null
                && draft.validUntil().isBefore(draft.validFrom())) {
            problems.add(FaqProblem.of("validUntil", "error.faq.validity-order"));
        }
        var clean = new CleanFaq(
                key,
                path,
                question,
                similar,
                answer,
                variants,
                tags,
                draft.status(),
                draft.validFrom(),
                draft.validUntil());
        return new Checked(clean, List.copyOf(problems));
    }

    /** Normalized form of a question for duplicate checks (the database compares case-insensitively too). */
    public static String questionKey(String question) {
        return question == null ? "" : question.strip().toLowerCase(Locale.ROOT);
    }

    public static List<String> splitCategoryPath(String path) {
        if (path == null || path.isBlank()) {
            return List.of();
        }
        return Arrays.stream(path.split(">"))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .toList();
    }

    private static String answer(String field, String text, String question, List<FaqProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(FaqProblem.of(field, "error.faq.answer-required", question));
            return "";
        }
        var unsafe = AnswerHtml.problemOf(field, text);
        if (unsafe.isPresent()) {
            problems.add(unsafe.get());
            return "";
        }
        String html = AnswerHtml.sanitize(text);
        if (!AnswerHtml.hasContent(html)) {
            problems.add(FaqProblem.of(field, "error.faq.answer-required", question));
        } else if (html.length() > MAX_ANSWER) {
            problems.add(FaqProblem.of(field, "error.faq.answer-too-long", MAX_ANSWER));
        }
        return html;
    }

    private static List<String> similarQuestions(List<String> texts, String question, List<FaqProblem> problems) {
        var seen = new HashSet<String>();
        seen.add(questionKey(question));
        var result = new ArrayList<String>();
        for (String text : texts) {
            String stripped = text == null ? "" : text.strip();
            if (stripped.isEmpty() || !seen.add(questionKey(stripped))) {
                continue;
            }
            if (stripped.length() > MAX_QUESTION) {
                problems.add(FaqProblem.of("similarQuestions", "error.faq.question-too-long", MAX_QUESTION));
                continue;
            }
            result.add(stripped);
        }
        if (result.size() > MAX_SIMILAR) {
            problems.add(FaqProblem.of("similarQuestions", "error.faq.similar-too-many", MAX_SIMILAR));
        }
        return result;
    }

    private static List<String> tags(List<String> raw, List<FaqProblem> problems) {
        var tags = new LinkedHashSet<String>();
        for (String tag : raw) {
            for (String part : (tag == null ? "" : tag).split("[,，|]")) {
                String stripped = part.strip();
                if (stripped.isEmpty()) {
                    continue;
                }
                if (stripped.length() > MAX_TAG) {
                    problems.add(FaqProblem.of("tags", "error.faq.tag-too-long", stripped, MAX_TAG));
                } else {
                    tags.add(stripped);
                }
            }
        }
        if (String.join(",", tags).length() > MAX_TAGS_TEXT) {
            problems.add(FaqProblem.of("tags", "error.faq.tags-too-long", MAX_TAGS_TEXT));
        }
        return List.copyOf(tags);
    }

    private static List<String> categoryPath(String path, List<FaqProblem> problems) {
        var names = splitCategoryPath(path);
        if (names.size() > MAX_CATEGORY_DEPTH) {
            problems.add(FaqProblem.of("category", "error.faq.category-too-deep", MAX_CATEGORY_DEPTH));
        }
        if (names.stream().anyMatch(name -> name.length() > MAX_CATEGORY_NAME)) {
            problems.add(FaqProblem.of("category", "error.faq.category-name", MAX_CATEGORY_NAME));
        }
        return names;
    }
}
