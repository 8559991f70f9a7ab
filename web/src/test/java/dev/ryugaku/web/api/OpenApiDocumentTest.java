package dev.ryugaku.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ryugaku.web.RyugakuTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed {@code docs/api/openapi.json} is the document the code serves: a change to the API
 * without the file (or the other way round) fails here. After changing the API on purpose, write the
 * file anew with {@code -Dryugaku.openapi.write=true} and commit it (README "API").
 */
@RyugakuTest
class OpenApiDocumentTest {

    static final Path COMMITTED = Path.of("..", "docs", "api", "openapi.json");

    private static final JsonMapper PRETTY = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT, SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    @Autowired
    ApiClient api;

    @Test
    void theCommittedDocumentIsTheServedOne() throws IOException {
        ApiClient.Answer served = api.get("/api/v1/openapi.json", null);
        assertThat(served.status()).isEqualTo(200);
        String document = pretty(served.json());

        if (Boolean.getBoolean("ryugaku.openapi.write")) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, document, StandardCharsets.UTF_8);
        }

        assertThat(COMMITTED).as("docs/api/openapi.json: run with -Dryugaku.openapi.write=true to write it").exists();
        assertThat(pretty(PRETTY.readTree(Files.readString(COMMITTED, StandardCharsets.UTF_8))))
                .as("docs/api/openapi.json differs from the served document: run with -Dryugaku.openapi.write=true")
                .isEqualTo(document);
    }

    private static String pretty(JsonNode document) {
        return PRETTY.writeValueAsString(PRETTY.treeToValue(document, Object.class)) + "\n";
    }
}
