package io.shopdesk.knowledge.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import io.shopdesk.ui.Messages;

/** The upload component's own texts (button, drop hint, errors) in the console's language. */
final class UploadTexts {

    private UploadTexts() {}

    static Upload translate(Upload upload) {
        var i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(Messages.t("knowledge.upload.add-one"))
                .setMany(Messages.t("knowledge.upload.add-many")));
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(Messages.t("knowledge.upload.drop-one"))
                .setMany(Messages.t("knowledge.upload.drop-many")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(Messages.t("knowledge.upload.too-many"))
                .setFileIsTooBig(Messages.t("knowledge.upload.too-big"))
                .setIncorrectFileType(Messages.t("knowledge.upload.wrong-type")));
        upload.setI18n(i18n);
        return upload;
    }
}
