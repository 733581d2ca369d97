package io.surge;

import io.surge.point.port.in.ChargePointsCommand;
import io.surge.point.port.in.ChargePointsUseCase;
import io.surge.point.port.in.GetBalanceQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * A little data to try the API with, loaded through the use cases (once: it is skipped when present).
 */
@TestConfiguration(proxyBeanMethods = false)
class DemoData {

    static final long DEMO_USER = 1;
    private static final long DEMO_POINTS = 100_000;
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    @Bean
    ApplicationRunner loadDemoData(ChargePointsUseCase chargePoints, GetBalanceQuery balances, Environment env) {
        return args -> {
            if (balances.balanceOf(DEMO_USER).balance() == 0) {
                chargePoints.charge(new ChargePointsCommand(DEMO_USER, DEMO_POINTS));
            }
            String base = "http://localhost:" + env.getProperty("local.server.port", "8080");
            log.info("""

                    Surge is up.
                      API          {}/api/v1/users/1/points
                      Swagger UI   {}/swagger-ui.html
                      OpenAPI      {}/v3/api-docs
                      Health       {}/actuator/health
                      Modules      {}/actuator/modulith
                    Demo user 1 has {} points.
                    """, base, base, base, base, base, balances.balanceOf(DEMO_USER).balance());
        };
    }
}
