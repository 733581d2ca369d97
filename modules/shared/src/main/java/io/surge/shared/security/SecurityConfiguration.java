package io.surge.shared.security;

import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.surge.shared.access.ActingUser;
import org.redisson.api.RedissonClient;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The one security configuration of the service (API.md, "Authentication and access"; ADR 0015): an OAuth 2.0
 * resource server for bearer JWTs, stateless. Public reads need no token; {@code /users/{userId}/**} belongs to that
 * user (or an admin); {@code /admin/**} and the operational endpoints other than health need the admin scope;
 * everything else needs a token. Things addressed by their own id (an order) are checked by their use case, which
 * answers 404 to strangers. Every refusal (401, 403, 413, 429) is a problem detail, rendered by the same exception
 * handlers as every other error.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SurgeSecurityProperties.class)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, JwtDecoder tokens, RateLimits rateLimits,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, refusal) ->
                problems.resolveException(request, response, null, refusal);
        AccessDeniedHandler denied = (request, response, refusal) ->
                problems.resolveException(request, response, null, refusal);
        return http
                .csrf(AbstractHttpConfigurer::disable) // bearer tokens, never cookies: nothing to forge
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable) // no session to end
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/v1/products", "/api/v1/products/{productId}",
                                "/api/v1/products/popular", "/api/v1/coupons/{couponId}").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/v3/api-docs",
                                "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error").permitAll()
                        .requestMatchers("/api/v1/users/{userId}/**").access(ownerOrAdmin())
                        .requestMatchers("/api/v1/admin/**", "/actuator/**").hasAuthority(ActingUsers.ADMIN_AUTHORITY)
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        // a manager of its own, without the context's event publisher: no application event (and
                        // no trip through the event multicaster) for every authenticated request
                        .jwt(jwt -> jwt.authenticationManager(
                                new ProviderManager(new JwtAuthenticationProvider(tokens))))
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(denied))
                // also for requests without any token (browsers included), not only for bearer-token failures
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(denied))
                .addFilterAfter(new RateLimitFilter(rateLimits, problems), AuthorizationFilter.class)
                .build();
    }

    /** Per-request observations of every filter cost as much as verifying the token (measured, ADR 0015). */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    JwtDecoder jwtDecoder(SurgeSecurityProperties properties) {
        return BearerTokens.decoder(properties.jwt());
    }

    @Bean
    RateLimits rateLimits(RedissonClient redisson, SurgeSecurityProperties properties) {
        return new RateLimits(redisson, properties.rateLimit());
    }

    @Bean
    MeterBinder rateLimitCounters(RateLimits rateLimits) {
        return registry -> {
            FunctionCounter.builder("surge.rate.limit.refused", rateLimits, RateLimits::refusedWrites)
                    .description("Writes refused with 429 RATE_LIMITED because the user's bucket was empty")
                    .register(registry);
            FunctionCounter.builder("surge.rate.limit.unavailable", rateLimits, RateLimits::unlimitedWrites)
                    .description("Writes let through without a rate limit because Redis did not answer")
                    .register(registry);
        };
    }

    /** Ahead of everything else, Spring Security included: an oversized body is refused before anyone reads it. */
    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimit(SurgeSecurityProperties properties,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        var registration = new FilterRegistrationBean<>(
                new BodySizeLimitFilter(properties.maxBodySize().toBytes(), problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    WebMvcConfigurer actingUserParameters() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new ActingUserArgumentResolver());
            }
        };
    }

    /** {@code sub} equals the path's {@code userId}, or the token is an admin's. */
    private static AuthorizationManager<RequestAuthorizationContext> ownerOrAdmin() {
        return (authentication, context) -> new AuthorizationDecision(ActingUsers.of(authentication.get())
                .filter(user -> mayActFor(user, context.getVariables()))
                .isPresent());
    }

    private static boolean mayActFor(ActingUser user, Map<String, String> pathVariables) {
        try {
            return user.mayAccessWhatIsOwnedBy(Long.parseLong(pathVariables.get("userId")));
        } catch (NumberFormatException notAUserId) {
            return user.admin(); // the controller answers 400 for it
        }
    }
}
