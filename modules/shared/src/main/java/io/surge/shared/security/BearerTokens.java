package io.surge.shared.security;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;

import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.util.StringUtils;

/**
 * Builds the one {@link JwtDecoder} the service verifies tokens with: the shop's identity provider (issuer or JWK
 * set, RS256/ES256) in production, an HS256 secret for local runs and tests. Every token must be signed (Nimbus
 * refuses {@code alg: none}), unexpired within 60 s of clock skew (Spring's default), carry an {@code exp} at all,
 * and name a user by a decimal {@code sub}.
 */
final class BearerTokens {

    static final int MIN_SECRET_BYTES = 32;
    private static final Pattern USER_ID = Pattern.compile("0|[1-9][0-9]{0,17}");

    private BearerTokens() {
    }

    static JwtDecoder decoder(SurgeSecurityProperties.@Nullable Jwt settings) {
        if (settings == null) {
            throw notConfigured();
        }
        NimbusJwtDecoder decoder;
        OAuth2TokenValidator<Jwt> standard;
        if (StringUtils.hasText(settings.issuerUri())) {
            decoder = NimbusJwtDecoder.withIssuerLocation(settings.issuerUri())
                    .jwsAlgorithms(BearerTokens::asymmetric).build();
            standard = JwtValidators.createDefaultWithIssuer(settings.issuerUri());
        } else if (StringUtils.hasText(settings.jwkSetUri())) {
            decoder = NimbusJwtDecoder.withJwkSetUri(settings.jwkSetUri()).jwsAlgorithms(BearerTokens::asymmetric)
                    .build();
            standard = JwtValidators.createDefault();
        } else {
            decoder = NimbusJwtDecoder.withSecretKey(secretKey(settings.secret())).macAlgorithm(MacAlgorithm.HS256)
                    .build();
            standard = JwtValidators.createDefault();
        }
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(standard,
                new JwtClaimValidator<@Nullable Object>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtClaimValidator<@Nullable String>(JwtClaimNames.SUB,
                        subject -> subject != null && USER_ID.matcher(subject).matches())));
        return decoder;
    }

    private static SecretKeySpec secretKey(@Nullable String secret) {
        if (!StringUtils.hasText(secret)) {
            throw notConfigured();
        }
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_SECRET_BYTES) {
            throw new TokenVerificationNotConfiguredException("surge.security.jwt.secret has " + bytes.length
                    + " bytes; an HS256 secret needs at least " + MIN_SECRET_BYTES + ".");
        }
        return new SecretKeySpec(bytes, "HmacSHA256");
    }

    private static TokenVerificationNotConfiguredException notConfigured() {
        return new TokenVerificationNotConfiguredException(
                "No way to verify bearer tokens is configured: neither an issuer nor a JWK set nor a secret.");
    }

    private static void asymmetric(java.util.Set<SignatureAlgorithm> algorithms) {
        algorithms.add(SignatureAlgorithm.RS256);
        algorithms.add(SignatureAlgorithm.ES256);
    }
}
