package io.surge.shared.security;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code surge.security.*}: who signs the bearer tokens, the per-user limits on writes, and the largest body a
 * request may carry (API.md, "Authentication and access").
 *
 * @param jwt how tokens are verified: exactly one of an issuer, a JWK set or a shared secret; null when none of
 *        them is set
 * @param rateLimit the token bucket every user's writes draw from
 * @param maxBodySize larger request bodies are refused (413) before they are read
 */
@ConfigurationProperties("surge.security")
record SurgeSecurityProperties(@Nullable Jwt jwt, RateLimit rateLimit, DataSize maxBodySize) {

    /**
     * @param issuerUri the identity provider's issuer (production): its JWK set is discovered, RS256/ES256
     * @param jwkSetUri the identity provider's JWK set, when it has no discovery document
     * @param secret an HS256 secret of at least 32 bytes (local runs and tests only)
     */
    record Jwt(@Nullable String issuerUri, @Nullable String jwkSetUri, @Nullable String secret) {
    }

    /**
     * @param burst how many writes a user may send at once
     * @param perSecond how fast the bucket refills
     * @param timeout how long a request waits for Redis before it is let through unlimited (fail open)
     * @param keyPrefix what every bucket's Redis key starts with
     */
    record RateLimit(long burst, long perSecond, Duration timeout, String keyPrefix) {
    }
}
