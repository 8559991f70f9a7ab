package dev.ryugaku.web.support;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;

/**
 * An upload held in memory whose size is enforced on the server, not only in the browser (which
 * anyone can skip): Vaadin refuses a request whose declared length is above the limit before
 * reading it, and the body is read no further than one byte past the limit, so a request that lies
 * about its length (or sends none) cannot fill the memory either. A file over the limit is
 * rejected and {@code tooLarge} runs in the UI, to tell the user in their language.
 */
public final class BoundedUpload implements UploadHandler {

    /** Room for a multipart request's boundaries and part headers around the file. */
    private static final long MULTIPART_OVERHEAD = 64 * 1024;

    private final int maxBytes;
    private final SerializableConsumer<byte[]> accepted;
    private final SerializableRunnable tooLarge;

    public BoundedUpload(int maxBytes, SerializableConsumer<byte[]> accepted, SerializableRunnable tooLarge) {
        this.maxBytes = maxBytes;
        this.accepted = accepted;
        this.tooLarge = tooLarge;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = in.readNBytes(maxBytes + 1);
        }
        UI ui = event.getUI();
        if (bytes.length > maxBytes) {
            event.reject("File larger than " + maxBytes + " bytes");
            ui.access(tooLarge::run);
            return;
        }
        ui.access(() -> accepted.accept(bytes));
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + MULTIPART_OVERHEAD;
    }
}
