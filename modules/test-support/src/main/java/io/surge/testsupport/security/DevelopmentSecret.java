package io.surge.testsupport.security;

/**
 * The HS256 secret tests and {@code ./surge run} verify bearer tokens with; the {@code surge} script and the README
 * hold the same value ({@code ./surge token} signs with it). Never configured in a packaged jar.
 */
public final class DevelopmentSecret {

    public static final String VALUE = "surge-local-development-secret-0123456789abcdef";

    private DevelopmentSecret() {
    }
}
