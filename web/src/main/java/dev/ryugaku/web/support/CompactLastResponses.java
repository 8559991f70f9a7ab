package dev.ryugaku.web.support;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.UidlRequestHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.springframework.stereotype.Component;

/**
 * Vaadin keeps each UI's last answer as a string, to send it again when the browser resends a
 * message whose answer it never got. After a navigation that answer is the whole page — 50–250 KB
 * of JSON, twice that as a Java string once it holds Japanese — and it stays in the session until
 * the user's next action: the largest single thing an idle signed-in session kept (decision 0027).
 * This keeps it deflated instead, and inflates it only for a resent message, the one case Vaadin
 * reads it.
 */
@Component
class CompactLastResponses implements VaadinServiceInitListener {

    /** Shorter answers stay as they are: deflating them would save little. */
    static final int MIN_CHARS = 4_096;
    private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\"\\s*:\\s*(-?\\d+)");

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // handlers added here are asked before Vaadin's own, so this one answers UIDL requests
        event.addRequestHandler(new Handler());
    }

    static final class Handler extends UidlRequestHandler {

        @Override
        public Optional<ResponseWriter> synchronizedHandleRequest(VaadinSession session, VaadinRequest request,
                                                                  VaadinResponse response, String requestBody) throws IOException {
            UI ui = session.getService().findUI(request);
            if (ui != null && isResent(ui, requestBody)) {
                unpark(ui);
            }
            Optional<ResponseWriter> writer = super.synchronizedHandleRequest(session, request, response, requestBody);
            if (ui != null) {
                park(ui);
            }
            return writer;
        }
    }

    /** A message with the id of the one processed last is resent (Vaadin answers it with the last answer). */
    static boolean isResent(UI ui, String requestBody) {
        int lastProcessed = ui.getInternals().getLastProcessedClientToServerId();
        Matcher ids = CLIENT_ID.matcher(requestBody);
        boolean found = false;
        while (ids.find()) {
            found = true;
            if (Integer.parseInt(ids.group(1)) == lastProcessed) {
                return true;
            }
        }
        return !found;
    }

    /** A new answer replaces the parked one; a long one is kept deflated. */
    static void park(UI ui) {
        String last = ui.getInternals().getLastRequestResponse();
        if (last == null) {
            return;
        }
        ComponentUtil.setData(ui, Parked.class, null);
        if (last.length() >= MIN_CHARS) {
            ComponentUtil.setData(ui, Parked.class, new Parked(deflate(last)));
            ui.getInternals().setLastRequestResponse(null);
        }
    }

    static void unpark(UI ui) {
        Parked parked = ComponentUtil.getData(ui, Parked.class);
        if (parked != null) {
            ui.getInternals().setLastRequestResponse(inflate(parked.bytes()));
        }
    }

    private static byte[] deflate(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length() / 8);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream out = new DeflaterOutputStream(bytes, deflater)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return bytes.toByteArray();
    }

    private static String inflate(byte[] deflated) {
        try (InflaterInputStream in = new InflaterInputStream(new ByteArrayInputStream(deflated))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Parked(byte[] bytes) {
    }
}
