package io.shopdesk.knowledge;

import io.shopdesk.shared.BusinessRuleException;
import java.util.Locale;

/**
 * The file formats FAQ entries are imported from and exported to. Both have one header row and one entry per row;
 * the columns are described in {@code docs/faq-import.md}.
 */
public enum FaqFileFormat {
    CSV("text/csv", ".csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");

    private final String mediaType;
    private final String extension;

    FaqFileFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format of a file by its name; refuses names of other formats with a message saying which are known. */
    public static FaqFileFormat ofFileName(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).strip();
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return CSV;
        }
        if (name.endsWith(".xlsx")) {
            return XLSX;
        }
        if (name.endsWith(".xls")) {
            throw new BusinessRuleException("error.import.xls-old", fileName);
        }
        throw new BusinessRuleException("error.import.format", fileName);
    }
}
