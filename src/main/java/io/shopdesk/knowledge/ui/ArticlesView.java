package io.shopdesk.knowledge.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.shopdesk.knowledge.ArticlePassage;
import io.shopdesk.knowledge.ArticleSummary;
import io.shopdesk.knowledge.KnowledgeArticles;
import io.shopdesk.security.Roles;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.ui.Messages;
import io.shopdesk.ui.TranslatedTitle;
import io.shopdesk.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/**
 * Knowledge articles: long documents uploaded (.txt, .md, .html, .pdf, .docx) or pasted, split into passages that
 * the bot quotes with their source when no FAQ entry matches. Trainers see each article's passages, publish or
 * withdraw it, and delete it.
 */
@Route("articles")
@Menu(order = 31, title = "nav.articles", icon = "vaadin:book")
@RolesAllowed({Roles.TENANT_ADMIN, Roles.TRAINER})
@StyleSheet("console/knowledge.css")
class ArticlesView extends Main implements TranslatedTitle {

    static final int MAX_BYTES = 10 * 1024 * 1024;

    private final KnowledgeArticles articles;
    private final Grid<ArticleSummary> grid = new Grid<>();

    ArticlesView(KnowledgeArticles articles) {
        this.articles = articles;
        addClassName("sd-page");
        var paste =
                new Button(getTranslation("knowledge.articles.paste"), VaadinIcon.PASTE.create(), click -> openPaste());
        paste.setId("article-paste");
        paste.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new ViewHeader(getTranslation("nav.articles"), getTranslation("knowledge.articles.description"), paste));
        add(upload());
        configureGrid();
        add(grid);
        refresh();
    }

    @Override
    public String titleKey() {
        return "nav.articles";
    }

    private Component upload() {
        var upload = new Upload();
        upload.setUploadHandler(new BoundedUpload(MAX_BYTES, new BoundedUpload.Receiver() {
            @Override
            public void received(UI ui, String fileName, byte[] content) {
                String key;
                Object[] arguments;
                boolean ok;
                try {
                    var added = articles.upload(fileName, content, null);
                    key = "knowledge.articles.added";
                    arguments = new Object[] {added.title(), added.passageCount()};
                    ok = true;
                } catch (BusinessRuleException violation) {
                    key = violation.messageKey();
                    arguments = violation.arguments();
                    ok = false;
                }
                String messageKey = key;
                Object[] messageArguments = arguments;
                boolean success = ok;
                ui.access(() -> {
                    upload.clearFileList();
                    if (success) {
                        Messages.success(messageKey, messageArguments);
                        refresh();
                    } else {
                        Messages.error(messageKey, messageArguments);
                    }
                });
            }

            @Override
            public void tooLarge(UI ui, String fileName) {
                ui.access(() -> {
                    upload.clearFileList();
                    Messages.error("error.article.too-large", fileName, MAX_BYTES / (1024 * 1024));
                });
            }
        }));
        upload.setId("article-upload");
        upload.setAcceptedFileTypes(".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx");
        upload.setMaxFileSize(MAX_BYTES);
        upload.addFileRejectedListener(
                rejected -> Messages.error("knowledge.upload.rejected", rejected.getErrorMessage()));
        UploadTexts.translate(upload);
        var hint = new Paragraph(getTranslation("knowledge.articles.upload-help", MAX_BYTES / (1024 * 1024)));
        hint.addClassName("sd-muted");
        return new Div(upload, hint);
    }

    private void configureGrid() {
        grid.setId("article-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ArticleSummary::title)
                .setHeader(getTranslation("knowledge.articles.title"))
                .setFlexGrow(3);
        grid.addColumn(ArticleSummary::sourceName)
                .setHeader(getTranslation("knowledge.articles.source"))
                .setFlexGrow(2);
        grid.addColumn(ArticleSummary::passageCount)
                .setHeader(getTranslation("knowledge.articles.passages"))
                .setAutoWidth(true);
        grid.addColumn(ArticleSummary::charCount)
                .setHeader(getTranslation("knowledge.articles.characters"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::publishedSwitch)
                .setHeader(getTranslation("knowledge.articles.published"))
                .setAutoWidth(true);
        grid.addColumn(article -> FaqLabels.time(article.updatedAt())).setHeader(getTranslation("faq.updated"));
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("knowledge.articles.empty"));
    }

    private Component publishedSwitch(ArticleSummary article) {
        var toggle = new Checkbox(article.published());
        toggle.setAriaLabel(getTranslation("knowledge.articles.published"));
        toggle.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                articles.setPublished(article.id(), change.getValue());
                refresh();
            }
        });
        return toggle;
    }

    private Component actions(ArticleSummary article) {
        var show = new Button(getTranslation("knowledge.articles.show-passages"), click -> showPassages(article));
        show.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var delete = new Button(VaadinIcon.TRASH.create(), click -> confirmDelete(article));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel(getTranslation("faq.delete"));
        return new HorizontalLayout(show, delete);
    }

    private void refresh() {
        grid.setItems(articles.list());
    }

    private void openPaste() {
        var dialog = new Dialog(getTranslation("knowledge.articles.paste"));
        dialog.setWidth("min(820px, 96vw)");
        var title = new TextField(getTranslation("knowledge.articles.title"));
        title.setId("article-title");
        title.setWidthFull();
        title.setMaxLength(KnowledgeArticles.MAX_TITLE);
        var text = new TextArea(getTranslation("knowledge.articles.text"));
        text.setId("article-text");
        text.setWidthFull();
        text.setMinHeight("16em");
        text.setHelperText(getTranslation("knowledge.articles.text-help"));
        var save = new Button(getTranslation("action.save"), click -> {
            title.setInvalid(false);
            text.setInvalid(false);
            try {
                var added = articles.paste(title.getValue(), text.getValue());
                Messages.success("knowledge.articles.added", added.title(), added.passageCount());
                dialog.close();
                refresh();
            } catch (BusinessRuleException violation) {
                Messages.show(violation, Map.of("title", title, "text", text));
            }
        });
        save.setId("article-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(title, text);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void showPassages(ArticleSummary article) {
        var dialog = new Dialog(article.title());
        dialog.setWidth("min(900px, 96vw)");
        var list = new Div();
        list.addClassName("sd-passages");
        for (ArticlePassage passage : articles.passages(article.id())) {
            var heading = new H4(
                    "#" + (passage.position() + 1) + (passage.heading().isEmpty() ? "" : " · " + passage.heading()));
            var body = new Paragraph(passage.text());
            var length = new Span(getTranslation(
                    "knowledge.articles.passage-length", passage.text().length()));
            length.addClassName("sd-muted");
            var item = new Div(heading, body, length);
            item.addClassName("sd-passage");
            list.add(item);
        }
        dialog.add(list);
        dialog.getFooter().add(new Button(getTranslation("action.done"), click -> dialog.close()));
        dialog.open();
    }

    private void confirmDelete(ArticleSummary article) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("knowledge.articles.delete-title", article.title()));
        dialog.setText(getTranslation("knowledge.articles.delete-text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("faq.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirm -> {
            articles.delete(article.id());
            refresh();
        });
        dialog.open();
    }
}
