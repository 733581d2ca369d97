package io.surge.shared.security;

import io.surge.shared.access.ActingUser;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document says how to call the API: a bearer JWT on every operation (the public reads simply accept
 * calls without one), and the acting user is not a request parameter but the token's subject.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentationConfiguration {

    private static final String BEARER = "bearer";

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(ActingUser.class);
    }

    @Bean
    OpenAPI surgeApi() {
        return new OpenAPI()
                .info(new Info().title("Surge").version("v1")
                        .description("Points, catalog, coupons, order-and-pay and best sellers. See API.md."))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("sub = the user's id; scope \"admin\" for /admin/** and operations")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
