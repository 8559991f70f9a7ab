package dev.ryugaku.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The server enforces the upload limit itself: a request that skips the browser's check (or lies
 * about its length) is cut off one byte past the limit and rejected, and the user is told.
 */
class BoundedUploadTest {

    private static final int LIMIT = 1024;

    private final List<byte[]> accepted = new ArrayList<>();
    private final List<String> told = new ArrayList<>();
    private final BoundedUpload upload = new BoundedUpload(LIMIT, accepted::add, () -> told.add("too large"));

    private UploadEvent uploading(int bytes) {
        UI ui = mock(UI.class);
        doAnswer(call -> {
            ((Command) call.getArgument(0)).execute();
            return null;
        }).when(ui).access(any());
        UploadEvent event = mock(UploadEvent.class);
        when(event.getInputStream()).thenReturn(new ByteArrayInputStream(new byte[bytes]));
        when(event.getUI()).thenReturn(ui);
        return event;
    }

    @Test
    void aFileUpToTheLimitIsHandedOn() throws Exception {
        UploadEvent event = uploading(LIMIT);
        upload.handleUploadRequest(event);
        assertThat(accepted).singleElement().satisfies(bytes -> assertThat(bytes).hasSize(LIMIT));
        assertThat(told).isEmpty();
        verify(event, never()).reject(anyString());
    }

    @Test
    void aLargerFileIsRejectedOnTheServerAndTheUserIsTold() throws Exception {
        UploadEvent event = uploading(50 * LIMIT);
        upload.handleUploadRequest(event);
        assertThat(accepted).isEmpty();
        assertThat(told).containsExactly("too large");
        verify(event).reject(anyString());
    }

    @Test
    void vaadinRefusesARequestDeclaredLargerThanTheLimitBeforeReadingIt() {
        assertThat(upload.getFileSizeMax()).isEqualTo(LIMIT);
        assertThat(upload.getRequestSizeMax()).isBetween((long) LIMIT, LIMIT + 64 * 1024L);
    }
}
