package io.surge.ranking.application;

import java.time.Duration;

import io.surge.ranking.domain.SalesWindow;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param window how long the ranking keeps a day's rows after the day, and an order's row after its last change
 *        ({@code surge.ranking.retention.window}); longer than the longest window a query may ask for, so no purged
 *        day or order can change an answer (ADR 0018)
 */
@ConfigurationProperties("surge.ranking.retention")
record RankingRetentionProperties(Duration window) {

    RankingRetentionProperties {
        if (window.compareTo(Duration.ofDays(SalesWindow.MAX_DAYS)) <= 0) {
            throw new IllegalArgumentException("surge.ranking.retention.window must be longer than the longest "
                    + "window, " + SalesWindow.MAX_DAYS + " days, not " + window);
        }
    }
}
