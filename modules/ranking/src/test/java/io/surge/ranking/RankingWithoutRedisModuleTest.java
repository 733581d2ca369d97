package io.surge.ranking;

import static io.surge.ranking.RankingEvents.NOON;
import static io.surge.ranking.RankingEvents.TODAY;
import static io.surge.ranking.RankingEvents.cancelled;
import static io.surge.ranking.RankingEvents.completed;
import static io.surge.ranking.RankingEvents.item;
import static io.surge.ranking.RankingEvents.registered;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.BiConsumer;

import io.surge.order.events.OrderCompleted;
import io.surge.ranking.domain.PopularProduct;
import io.surge.ranking.port.in.GetPopularProductsQuery;
import io.surge.testsupport.infrastructure.UnreachableRedis;
import io.surge.testsupport.time.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionOperations;

/**
 * With Redis unreachable ranking keeps counting (MySQL is the truth), never fails a listener, answers from MySQL,
 * and marks the days Redis missed so they are rebuilt once it is back. The connection pool is kept small here: if
 * listeners held their connection while waiting for another one (to mark the day stale), a burst would exhaust it,
 * every connection request would time out, and the events would only be retried seconds later. The scheduled repair
 * is off ({@code repair-interval=PT1H}): it could only fail here, and it would take turns on the repair's lock (ADR
 * 0017) with the other contexts of this test JVM, such as {@code PopularProductsApiTest}'s, which waits for a repair.
 */
@ApplicationModuleTest
@TestPropertySource(properties = { "spring.data.redis.port=1", "surge.ranking.cache-ttl=PT0S",
        "surge.ranking.repair-interval=PT1H",
        "spring.datasource.hikari.maximum-pool-size=6", "spring.datasource.hikari.connection-timeout=5000" })
@Import({ RankingTestConfiguration.class, UnreachableRedis.class })
class RankingWithoutRedisModuleTest {

    @Autowired GetPopularProductsQuery popular;
    @Autowired EventPublicationRegistry publications;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    @BeforeEach
    void itIsNoonOnTheTwentyFirstInSeoul() {
        clock.setTo(NOON);
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void countsCancelsAndRanksFromMySqlAlone(Scenario scenario) {
        OrderCompleted returned = completed(301, NOON, item(2, 9));
        deliver(scenario, registered(1, "Keyboard", 45_000, NOON.minusSeconds(60)));
        deliver(scenario, completed(300, NOON, item(1, 3)));
        deliver(scenario, returned);
        deliver(scenario, cancelled(returned, NOON.plusSeconds(1)));

        assertThat(popular.popular(3, 5).items()).containsExactly(new PopularProduct(1, 1, "Keyboard", 45_000L, 3));
        assertThat(jdbc.queryForObject("SELECT stale FROM ranking_sales_day WHERE sales_date = ?", Boolean.class,
                TODAY)).as("marked for a rebuild once Redis is back").isTrue();
    }

    @Test
    void aBurstOfOrdersIsCountedPromptlyWithoutHoldingTwoConnectionsEach(Scenario scenario) {
        int orders = 42;
        BiConsumer<TransactionOperations, ApplicationEventPublisher> burst = (transaction, events) -> transaction
                .executeWithoutResult(status -> {
                    for (int order = 0; order < orders; order++) {
                        events.publishEvent(completed(400 + order, NOON, item(1 + order % 3, 1)));
                    }
                });
        scenario.stimulate(burst)
                .andWaitAtMost(Duration.ofSeconds(8))
                .andWaitForStateChange(() -> publications.findIncompletePublications().isEmpty(),
                        Boolean::booleanValue)
                .andVerify(everyListenerCompleted -> {
                });

        assertThat(popular.popular(1, 5).items()).extracting(PopularProduct::soldQuantity)
                .containsExactly(14L, 14L, 14L);
    }

    /** Returns once every listener completed: a listener that failed would leave its publication incomplete. */
    private void deliver(Scenario scenario, Object event) {
        scenario.publish(event)
                .andWaitAtMost(Duration.ofSeconds(30))
                .andWaitForStateChange(() -> publications.findIncompletePublications().isEmpty(),
                        Boolean::booleanValue)
                .andVerify(everyListenerCompleted -> {
                });
    }
}
