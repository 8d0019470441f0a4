package io.shopdesk.knowledge.internal.articles;

import io.shopdesk.shared.BusinessRuleException;
import java.util.Locale;

/** The document formats articles are read from, by file name extension. */
public enum ArticleFormat {
    TEXT("text/plain"),
    MARKDOWN("text/markdown"),
    HTML("text/html"),
    PDF("application/pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final String mediaType;

    ArticleFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public static ArticleFormat ofFileName(String fileName) {
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            return TEXT;
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return MARKDOWN;
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return HTML;
        }
        if (name.endsWith(".pdf")) {
            return PDF;
        }
        if (name.endsWith(".docx")) {
            return DOCX;
        }
        if (name.endsWith(".doc")) {
            throw new BusinessRuleException("error.article.doc-old", fileName);
        }
        throw new BusinessRuleException("error.article.format", fileName);
    }
}
