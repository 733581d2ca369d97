package io.surge.testsupport.infrastructure;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.surge.testsupport.http.ApiClient;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * More instances of the application beside a test's own context (two instances on one database, a killed and a
 * restarted one, one whose Redis is gone), each on a random port of its own. Properties are passed as command-line
 * arguments, which rank above application.yml ({@code SpringApplicationBuilder.properties} would rank below it);
 * what must override this JVM's infrastructure (which ranks above everything) goes into {@code aboveInfrastructure}.
 */
public final class AppInstances {

    private AppInstances() {
    }

    /** @param properties {@code name=value} each */
    public static ConfigurableApplicationContext start(Class<?> application, String... properties) {
        return start(application, Map.of(), List.of(properties));
    }

    public static ConfigurableApplicationContext start(Class<?> application, Map<String, Object> aboveInfrastructure,
            List<String> properties) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(application);
        if (!aboveInfrastructure.isEmpty()) {
            builder.initializers(context -> context.getEnvironment().getPropertySources()
                    .addFirst(new MapPropertySource("aboveInfrastructure", aboveInfrastructure)));
        }
        return builder.run(Stream.concat(Stream.of("server.port=0"), properties.stream())
                .map(property -> "--" + property).toArray(String[]::new));
    }

    public static int port(ConfigurableApplicationContext instance) {
        return Integer.parseInt(instance.getEnvironment().getRequiredProperty("local.server.port"));
    }

    public static ApiClient api(ConfigurableApplicationContext instance) {
        return new ApiClient(port(instance));
    }
}
