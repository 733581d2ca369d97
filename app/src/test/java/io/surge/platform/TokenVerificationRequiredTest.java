package io.surge.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.surge.SurgeApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * No built-in secret: a service that is told neither its identity provider nor a secret does not start, and says
 * what to set. (Tests and the local run get the development secret from test-support, below any configuration, so
 * an empty secret here stands for "nothing configured", as in a packaged jar.)
 */
@ExtendWith(OutputCaptureExtension.class)
class TokenVerificationRequiredTest {

    @Test
    void withoutAnIssuerOrASecretTheServiceRefusesToStart(CapturedOutput output) {
        assertThatThrownBy(() -> start("--surge.security.jwt.secret=")).hasRootCauseMessage(
                "No way to verify bearer tokens is configured: neither an issuer nor a JWK set nor a secret.");

        assertThat(output).contains("APPLICATION FAILED TO START", "surge.security.jwt.issuer-uri",
                "SURGE_SECURITY_JWT_SECRET");
    }

    @Test
    void aSecretTooShortForHs256IsRefused() {
        assertThatThrownBy(() -> start("--surge.security.jwt.secret=short")).rootCause()
                .hasMessageContaining("needs at least 32");
    }

    private static void start(String secret) {
        new SpringApplicationBuilder(SurgeApplication.class).run("--server.port=0", secret).close();
    }
}
