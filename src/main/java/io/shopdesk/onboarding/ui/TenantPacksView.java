package io.shopdesk.onboarding.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import io.shopdesk.onboarding.TenantPackLoader;
import io.shopdesk.security.Roles;
import io.shopdesk.shared.BusinessRuleException;
import io.shopdesk.ui.Messages;
import io.shopdesk.ui.TranslatedTitle;
import io.shopdesk.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;

/**
 * Platform staff create a tenant from a pack: a zip of {@code tenant.yaml} and {@code faq.yaml} in the format of
 * {@code tenants/README.md}. A pack whose slug exists already is skipped, never merged.
 */
@Route("tenant-packs")
@Menu(order = 11, title = "nav.tenant-packs", icon = "vaadin:package")
@RolesAllowed(Roles.PLATFORM_ADMIN)
class TenantPacksView extends Main implements TranslatedTitle {

    static final int MAX_ZIP_BYTES = 5 * 1024 * 1024;

    private static final String EXAMPLE = """
            my-shop.zip
              tenant.yaml   slug, name, plan, locale, users (the first one is a TENANT_ADMIN)
              faq.yaml      categories -> entries: key, question, similar, answer, tags, status
            """;

    TenantPacksView(TenantPackLoader loader) {
        addClassName("sd-page");
        add(new ViewHeader(getTranslation("nav.tenant-packs"), getTranslation("packs.help")));
        var ui = UI.getCurrent();
        var upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            String key;
            Object[] arguments;
            boolean loaded = false;
            try {
                loaded = loader.loadZip(metadata.fileName(), bytes) == TenantPackLoader.Outcome.LOADED;
                key = loaded ? "packs.loaded" : "packs.skipped";
                arguments = new Object[] {metadata.fileName()};
            } catch (BusinessRuleException violation) {
                key = violation.messageKey();
                arguments = violation.arguments();
            }
            String messageKey = key;
            Object[] messageArguments = arguments;
            boolean success = loaded;
            ui.access(() -> {
                if (success) {
                    Messages.success(messageKey, messageArguments);
                } else {
                    Messages.error(messageKey, messageArguments);
                }
            });
        }));
        upload.setId("pack-upload");
        upload.setAcceptedFileTypes("application/zip", ".zip");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_ZIP_BYTES);
        upload.addFileRejectedListener(rejected -> Messages.error("packs.rejected", rejected.getErrorMessage()));
        add(upload, new Pre(EXAMPLE));
    }

    @Override
    public String titleKey() {
        return "nav.tenant-packs";
    }
}
