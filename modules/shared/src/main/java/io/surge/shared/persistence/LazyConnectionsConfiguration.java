package io.surge.shared.persistence;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * Transactions take their pooled connection at their first statement, not when they begin. Spring Modulith's
 * registry runs every "processing" and "completed" mark of an event publication in a transaction of its own; the
 * outbox writes those marks in batches instead (ADR 0014), and with lazy connections the registry's transactions,
 * left without a statement, borrow no connection and send no commit.
 */
@Configuration(proxyBeanMethods = false)
class LazyConnectionsConfiguration {

    @Bean
    static BeanPostProcessor lazyConnections() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource pool && !(bean instanceof DelegatingDataSource)
                        ? new LazyConnectionDataSource(pool)
                        : bean;
            }
        };
    }

    /** Closes the pool with the application, which the proxy alone would not. */
    static final class LazyConnectionDataSource extends LazyConnectionDataSourceProxy implements AutoCloseable {

        LazyConnectionDataSource(DataSource pool) {
            super(pool);
        }

        @Override
        public void close() throws Exception {
            if (obtainTargetDataSource() instanceof AutoCloseable pool) {
                pool.close();
            }
        }
    }
}
