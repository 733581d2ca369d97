package io.surge.shared.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing token issuer into Spring Boot's "APPLICATION FAILED TO START" report with the settings to fix it. */
class TokenVerificationFailureAnalyzer extends AbstractFailureAnalyzer<TokenVerificationNotConfiguredException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, TokenVerificationNotConfiguredException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set surge.security.jwt.issuer-uri (SURGE_SECURITY_JWT_ISSUER_URI) to your identity provider's issuer, "
                        + "or surge.security.jwt.jwk-set-uri to its JWK set. For local runs only, "
                        + "surge.security.jwt.secret (SURGE_SECURITY_JWT_SECRET) may hold an HS256 secret of at least "
                        + "32 bytes.",
                cause);
    }
}
