package io.surge.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import io.surge.SurgeApplication;
import io.surge.testsupport.http.ApiClient;
import io.surge.testsupport.http.ApiResponse;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The assembled application: its operations endpoints, its documentation, and the platform choices every
 * module relies on (jOOQ dialect, outbox housekeeping).
 */
@SpringBootTest(classes = SurgeApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class SurgeApplicationTest {

    @LocalServerPort int port;
    @Autowired DSLContext dsl;
    @Autowired JdbcTemplate jdbc;
    @Value("${spring.datasource.url}") String datasourceUrl;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void reportsItsHealthWithProbes() {
        ApiResponse health = api.get("/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().path("status").asString()).isEqualTo("UP");
        assertThat(api.get("/actuator/health/liveness").status()).isEqualTo(200);
        assertThat(api.get("/actuator/health/readiness").status()).isEqualTo(200);
    }

    @Test
    void exposesMetricsAndTheModuleStructure() {
        ApiResponse prometheus = api.asAdmin().get("/actuator/prometheus");
        assertThat(prometheus.status()).isEqualTo(200);
        assertThat(prometheus.rawBody()).contains("jvm_memory_used_bytes")
                .as("series the alert rules use").contains("http_server_requests_seconds_bucket{",
                        "hikaricp_connections_pending{", "hikaricp_connections_timeout_total{");

        ApiResponse modules = api.asAdmin().get("/actuator/modulith");
        assertThat(modules.status()).isEqualTo(200);
        assertThat(modules.body().properties()).extracting(Map.Entry::getKey)
                .contains("point", "catalog", "coupon", "order", "ranking");
    }

    @Test
    void publishesItsOpenApiDocumentAndSwaggerUi() {
        ApiResponse openApi = api.get("/v3/api-docs");
        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.body().path("paths").has("/api/v1/users/{userId}/points/charges")).isTrue();

        assertThat(api.get("/swagger-ui/index.html").status()).isEqualTo(200);
        assertThat(api.get("/swagger-ui.html").status()).isIn(200, 302);
    }

    @Test
    void theJooqDialectFollowsTheJdbcUrl() {
        SQLDialect expected = datasourceUrl.startsWith("jdbc:mariadb:") ? SQLDialect.MARIADB : SQLDialect.MYSQL;

        assertThat(dsl.dialect()).isEqualTo(expected);
    }

    @Test
    void completedPublicationsLeaveTheOutbox() {
        ApiResponse charged = api.as(5).post("/api/v1/users/5/points/charges", Map.of("amount", 100));
        assertThat(charged.status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION", Integer.class)).isZero());
    }
}
