package io.surge.shared.security;

/**
 * Start-up refusal: a service without a way to verify bearer tokens would have to accept every request or none.
 * There is no built-in secret; {@link TokenVerificationFailureAnalyzer} says what to set.
 */
class TokenVerificationNotConfiguredException extends IllegalStateException {

    TokenVerificationNotConfiguredException(String reason) {
        super(reason);
    }
}
