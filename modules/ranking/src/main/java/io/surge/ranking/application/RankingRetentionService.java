package io.surge.ranking.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import io.surge.ranking.domain.SalesCalendar;
import io.surge.ranking.port.in.PurgeExpiredRowsUseCase;
import io.surge.ranking.port.out.CountedOrderRepository;
import io.surge.ranking.port.out.DailySalesRepository;
import io.surge.ranking.port.out.SalesDayRepository;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each batch is its own short transaction, in READ COMMITTED so deleting an old range takes no gap locks that
 * counts being written now could wait on. A late count for a purged day (a redelivery) would only write that day
 * again, which no window reads and the next run purges.
 */
@Service
@EnableConfigurationProperties(RankingRetentionProperties.class)
class RankingRetentionService implements PurgeExpiredRowsUseCase {

    private final CountedOrderRepository orders;
    private final DailySalesRepository sales;
    private final SalesDayRepository days;
    private final SalesCalendar calendar;
    private final RankingRetentionProperties properties;
    private final Clock clock;

    RankingRetentionService(CountedOrderRepository orders, DailySalesRepository sales, SalesDayRepository days,
            SalesCalendar calendar, RankingRetentionProperties properties, Clock clock) {
        this.orders = orders;
        this.sales = sales;
        this.days = days;
        this.calendar = calendar;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public int purgeCountedOrders(int limit) {
        return orders.deleteChangedBefore(cutoff(), limit);
    }

    @Override
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public int purgeDailySales(int limit) {
        return sales.deleteDaysBefore(firstKeptDay(), limit);
    }

    @Override
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public int purgeSalesDays(int limit) {
        return days.deleteDaysBefore(firstKeptDay(), limit);
    }

    private Instant cutoff() {
        return clock.instant().minus(properties.window());
    }

    private LocalDate firstKeptDay() {
        return calendar.dayOf(cutoff());
    }
}
