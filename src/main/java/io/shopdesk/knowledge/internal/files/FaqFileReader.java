package io.shopdesk.knowledge.internal.files;

import io.shopdesk.knowledge.FaqDraft;
import io.shopdesk.knowledge.FaqFileFormat;
import io.shopdesk.knowledge.FaqImportRow;
import io.shopdesk.knowledge.FaqProblem;
import io.shopdesk.knowledge.FaqStatus;
import io.shopdesk.knowledge.internal.FaqRules;
import io.shopdesk.shared.BusinessRuleException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns an uploaded CSV or XLSX file into FAQ drafts, one per row, each with what is wrong with it: the rules of
 * {@link FaqRules}, the cell formats (status, dates), and duplicates within the file. Problems of the whole file
 * (size, format, encoding, header, malformed content) are thrown as {@link BusinessRuleException}s.
 */
public final class FaqFileReader {

    public static final int MAX_BYTES = 20 * 1024 * 1024;
    public static final int MAX_ROWS = 50_000;
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/M/d");
    private static final Set<Character> FORMULA_START = Set.of('=', '+', '-', '@', '\t', '\r');

    private FaqFileReader() {}

    /** What a file holds: its format, the text encoding it was read in (CSV only) and its rows. */
    public record ParsedFile(FaqFileFormat format, String encoding, List<FaqImportRow> rows) {}

    public static ParsedFile read(String fileName, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new BusinessRuleException("error.import.too-large", fileName, MAX_BYTES / (1024 * 1024));
        }
        var format = FaqFileFormat.ofFileName(fileName);
        if (bytes.length == 0) {
            throw new BusinessRuleException("error.import.empty", fileName);
        }
        String encoding = null;
        List<SheetRow> sheet;
        if (format == FaqFileFormat.CSV) {
            var decoded = TextEncoding.decode(fileName, bytes);
            encoding = decoded.encoding();
            sheet = CsvRows.read(fileName, decoded.text(), MAX_ROWS);
        } else {
            sheet = XlsxRows.read(fileName, bytes, MAX_ROWS);
        }
        sheet = sheet.stream().filter(row -> !row.isBlank()).toList();
        if (sheet.size() < 2) {
            throw new BusinessRuleException("error.import.empty", fileName);
        }
        var layout = FaqColumn.layout(sheet.getFirst().cells());
        var rows = new ArrayList<FaqImportRow>();
        var questions = new HashMap<String, Integer>();
        var keys = new HashMap<String, Integer>();
        for (SheetRow row : sheet.subList(1, sheet.size())) {
            rows.add(parse(row, layout, questions, keys));
        }
        return new ParsedFile(format, encoding, rows);
    }

    private static FaqImportRow parse(
            SheetRow row, FaqColumn.Layout layout, Map<String, Integer> questions, Map<String, Integer> keys) {
        var problems = new ArrayList<FaqProblem>();
        var status = status(cell(row, layout, FaqColumn.STATUS), problems);
        var validFrom = date(cell(row, layout, FaqColumn.VALID_FROM), "validFrom", problems);
        var validUntil = date(cell(row, layout, FaqColumn.VALID_UNTIL), "validUntil", problems);
        var variants = new HashMap<String, String>();
        layout.variants(row.cells()).forEach((channel, text) -> variants.put(channel, unescape(text)));
        var draft = new FaqDraft(
                blankToNull(cell(row, layout, FaqColumn.KEY)),
                blankToNull(cell(row, layout, FaqColumn.CATEGORY)),
                cell(row, layout, FaqColumn.QUESTION),
                splitSimilar(cell(row, layout, FaqColumn.SIMILAR_QUESTIONS)),
                cell(row, layout, FaqColumn.ANSWER),
                List.of(cell(row, layout, FaqColumn.TAGS)),
                status,
                validFrom,
                validUntil,
                variants);
        problems.addAll(check(row.number(), draft, questions, keys));
        return new FaqImportRow(row.number(), draft, problems);
    }

    /** Rows checked again, with the clean form of each row's entry (in row order). */
    public record Rechecked(List<FaqImportRow> rows, List<FaqRules.CleanFaq> entries) {}

    /**
     * Checks the drafts of rows again (as an import does just before writing): the entry rules and duplicates
     * within the rows. Returns the rows with only those problems, and the entries as they would be stored.
     */
    public static Rechecked recheck(List<FaqImportRow> rows) {
        var questions = new HashMap<String, Integer>();
        var keys = new HashMap<String, Integer>();
        var checkedRows = new ArrayList<FaqImportRow>(rows.size());
        var entries = new ArrayList<FaqRules.CleanFaq>(rows.size());
        for (FaqImportRow row : rows) {
            var checked = FaqRules.check(row.draft());
            checkedRows.add(new FaqImportRow(
                    row.rowNumber(), row.draft(), duplicates(row.rowNumber(), checked, questions, keys)));
            entries.add(checked.entry());
        }
        return new Rechecked(checkedRows, entries);
    }

    private static List<FaqProblem> check(
            int rowNumber, FaqDraft draft, Map<String, Integer> questions, Map<String, Integer> keys) {
        return duplicates(rowNumber, FaqRules.check(draft), questions, keys);
    }

    private static List<FaqProblem> duplicates(
            int rowNumber, FaqRules.Checked checked, Map<String, Integer> questions, Map<String, Integer> keys) {
        var problems = new ArrayList<>(checked.problems());
        var clean = checked.entry();
        if (!clean.question().isEmpty()) {
            Integer first = questions.putIfAbsent(FaqRules.questionKey(clean.question()), rowNumber);
            if (first != null) {
                problems.add(FaqProblem.of("question", "error.import.question-repeated", clean.question(), first));
            }
        }
        if (clean.key() != null) {
            Integer first = keys.putIfAbsent(clean.key(), rowNumber);
            if (first != null) {
                problems.add(FaqProblem.of("key", "error.import.key-repeated", clean.key(), first));
            }
        }
        return problems;
    }

    private static String cell(SheetRow row, FaqColumn.Layout layout, FaqColumn column) {
        return unescape(layout.cell(row.cells(), column));
    }

    /** Undoes the export's formula escaping: a leading apostrophe before = + - @ is dropped. */
    static String unescape(String text) {
        if (text.length() >= 2 && text.charAt(0) == '\'' && FORMULA_START.contains(text.charAt(1))) {
            return text.substring(1);
        }
        return text;
    }

    static List<String> splitSimilar(String cell) {
        return Arrays.stream(cell.split("\\r?\\n|\\|"))
                .map(String::strip)
                .filter(text -> !text.isEmpty())
                .toList();
    }

    private static FaqStatus status(String text, List<FaqProblem> problems) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "", "published", "publish", "已发布", "发布" -> FaqStatus.PUBLISHED;
            case "draft", "草稿", "未发布" -> FaqStatus.DRAFT;
            default -> {
                problems.add(FaqProblem.of("status", "error.import.status", text.strip()));
                yield FaqStatus.DRAFT;
            }
        };
    }

    private static LocalDate date(String text, String field, List<FaqProblem> problems) {
        String value = text.strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return value.contains("/") ? LocalDate.parse(value, SLASHED) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(FaqProblem.of(field, "error.import.date", value));
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
