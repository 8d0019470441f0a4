package io.shopdesk.knowledge.internal.files;

import io.shopdesk.knowledge.ChannelTypes;
import io.shopdesk.shared.BusinessRuleException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of FAQ import and export files, with the header names accepted for each (English as exported, and
 * Chinese). Column order does not matter; unknown columns are ignored. {@code answer:<CHANNEL>} columns hold
 * per-channel answers.
 */
public enum FaqColumn {
    KEY("key", "编号", "键"),
    CATEGORY("category", "分类", "类目"),
    QUESTION("question", "standard question", "标准问题", "问题"),
    SIMILAR_QUESTIONS("similar questions", "similar", "相似问题", "相似问法"),
    ANSWER("answer", "答案", "回答"),
    TAGS("tags", "标签"),
    STATUS("status", "状态"),
    VALID_FROM("valid from", "生效日期", "开始日期"),
    VALID_UNTIL("valid until", "失效日期", "截止日期", "结束日期");

    static final String VARIANT_PREFIX = "answer:";

    private final List<String> names;

    FaqColumn(String... names) {
        this.names = List.of(names);
    }

    /** The header this column is exported with. */
    public String header() {
        return names.getFirst().replace(' ', '_');
    }

    /** Where each column is in a file with this header row. */
    public record Layout(Map<FaqColumn, Integer> columns, Map<String, Integer> variants) {

        public String cell(List<String> row, FaqColumn column) {
            Integer index = columns.get(column);
            return index == null || index >= row.size() ? "" : row.get(index);
        }

        public Map<String, String> variants(List<String> row) {
            var result = new LinkedHashMap<String, String>();
            variants.forEach((channel, index) -> {
                if (index < row.size() && !row.get(index).isBlank()) {
                    result.put(channel, row.get(index));
                }
            });
            return result;
        }
    }

    public static Layout layout(List<String> header) {
        var columns = new LinkedHashMap<FaqColumn, Integer>();
        var variants = new LinkedHashMap<String, Integer>();
        var seen = new HashSet<String>();
        for (int index = 0; index < header.size(); index++) {
            String name = normalize(header.get(index));
            if (name.isEmpty()) {
                continue;
            }
            if (!seen.add(name)) {
                throw new BusinessRuleException(
                        "error.import.header-duplicate", header.get(index).strip());
            }
            if (name.startsWith(VARIANT_PREFIX)) {
                String channel = ChannelTypes.normalize(name.substring(VARIANT_PREFIX.length()));
                if (!ChannelTypes.isValid(channel)) {
                    throw new BusinessRuleException("error.faq.channel-invalid", channel);
                }
                variants.put(channel, index);
                continue;
            }
            int at = index;
            of(name).ifPresent(column -> columns.put(column, at));
        }
        var missing = new ArrayList<String>();
        for (FaqColumn required : List.of(QUESTION, ANSWER)) {
            if (!columns.containsKey(required)) {
                missing.add(required.header());
            }
        }
        if (!missing.isEmpty()) {
            throw new BusinessRuleException("error.import.header-missing", String.join(", ", missing));
        }
        return new Layout(columns, variants);
    }

    private static Optional<FaqColumn> of(String normalized) {
        for (FaqColumn column : values()) {
            if (column.names.contains(normalized)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    private static String normalize(String header) {
        return header == null
                ? ""
                : header.replace("\uFEFF", "")
                        .strip()
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("[_\\-\\s]+", " ")
                        .replaceAll("\\s*:\\s*", ":");
    }
}
