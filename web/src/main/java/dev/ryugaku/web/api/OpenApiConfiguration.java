package dev.ryugaku.web.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's frame: title, version and the bearer access token every operation needs. */
@Configuration
class OpenApiConfiguration {

    static final String TOKEN = "accessToken";

    @Bean
    OpenAPI ryugakuOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Ryugaku API").version("v1")
                        .description("The SRE rotation program's data, with the same permissions as the app. "
                                + "Authenticate with a personal access token (設定 → APIトークン) as 'Authorization: Bearer ryu_pat_…'. "
                                + "Lists page with page/size; updates need If-Match with the ETag read; errors are RFC 9457 problem "
                                + "details in the Accept-Language (ja or en)."))
                .components(new Components().addSecuritySchemes(TOKEN, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").description("A personal access token (ryu_pat_…)")))
                .addSecurityItem(new SecurityRequirement().addList(TOKEN))
                // relative: the document is the same on every host and port (and the committed copy stays exact)
                .servers(List.of(new Server().url("/")));
    }
}
