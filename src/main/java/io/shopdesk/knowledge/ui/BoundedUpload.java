package io.shopdesk.knowledge.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Receives an uploaded file into memory, but never more than a limit: the browser's own size check can be skipped
 * by a crafted request, so the server counts the bytes too and stops reading past the limit. The callbacks run on
 * the upload's request thread, signed in as the uploading user; update the UI through {@link UI#access}.
 */
final class BoundedUpload implements UploadHandler {

    interface Receiver {
        void received(UI ui, String fileName, byte[] content);

        void tooLarge(UI ui, String fileName);
    }

    private final long maxBytes;
    private final Receiver receiver;

    BoundedUpload(long maxBytes, Receiver receiver) {
        this.maxBytes = maxBytes;
        this.receiver = receiver;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        var ui = event.getUI();
        String fileName = event.getFileName();
        if (event.getFileSize() > maxBytes) {
            receiver.tooLarge(ui, fileName);
            return;
        }
        var buffer = new ByteArrayOutputStream();
        try (InputStream in = event.getInputStream()) {
            byte[] chunk = new byte[64 * 1024];
            long total = 0;
            int read;
            while ((read = in.read(chunk)) != -1) {
                total += read;
                if (total > maxBytes) {
                    receiver.tooLarge(ui, fileName);
                    return;
                }
                buffer.write(chunk, 0, read);
            }
        }
        receiver.received(ui, fileName, buffer.toByteArray());
    }
}
