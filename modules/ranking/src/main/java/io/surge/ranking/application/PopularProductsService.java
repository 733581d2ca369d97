package io.surge.ranking.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.surge.ranking.domain.PopularProducts;
import io.surge.ranking.domain.ProductSales;
import io.surge.ranking.domain.RankedSales;
import io.surge.ranking.domain.Ranking;
import io.surge.ranking.domain.SalesCalendar;
import io.surge.ranking.domain.SalesWindow;
import io.surge.ranking.port.in.GetPopularProductsQuery;
import io.surge.ranking.port.out.DailySalesRepository;
import io.surge.ranking.port.out.FastPathTop;
import io.surge.ranking.port.out.FastPathUnavailableException;
import io.surge.ranking.port.out.ProductProjectionRepository;
import io.surge.ranking.port.out.SalesFastPath;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Best sellers of a window: the union of the window's per-day Redis copies (a day without a copy is built from
 * MySQL first), or, when Redis fails, the same sum computed by MySQL. Names and prices come from the product
 * projection. Answers are reused for {@code surge.ranking.cache-ttl}, per window (so per today) and limit.
 */
@Service
class PopularProductsService implements GetPopularProductsQuery {

    private static final Logger log = LoggerFactory.getLogger(PopularProductsService.class);

    private record Question(SalesWindow window, int limit) {
    }

    private final SalesFastPath fastPath;
    private final FastPathRebuilds rebuilds;
    private final DailySalesRepository sales;
    private final ProductProjectionRepository products;
    private final SalesCalendar calendar;
    private final Clock clock;
    private final Cache<Question, PopularProducts> recentAnswers;

    PopularProductsService(SalesFastPath fastPath, FastPathRebuilds rebuilds, DailySalesRepository sales,
            ProductProjectionRepository products, SalesCalendar calendar, Clock clock, RankingProperties properties) {
        this.fastPath = fastPath;
        this.rebuilds = rebuilds;
        this.sales = sales;
        this.products = products;
        this.calendar = calendar;
        this.clock = clock;
        // one computation per question however many ask at once (the others wait for it); a failure is not kept
        this.recentAnswers = Caffeine.newBuilder().expireAfterWrite(properties.cacheTtl()).maximumSize(512).build();
    }

    @Override
    public PopularProducts popular(int days, int limit) {
        SalesWindow window = calendar.lastDays(days, clock.instant());
        Ranking.checkLimit(limit);
        return recentAnswers.get(new Question(window, limit), question -> answer(window, limit));
    }

    private PopularProducts answer(SalesWindow window, int limit) {
        List<ProductSales> candidates = fromFastPath(window, limit).orElseGet(() -> sales.topSellers(window, limit));
        List<RankedSales> ranked = Ranking.top(candidates, limit);
        return PopularProducts.of(window, ranked,
                products.findAll(ranked.stream().map(RankedSales::productId).toList()));
    }

    private Optional<List<ProductSales>> fromFastPath(SalesWindow window, int limit) {
        try {
            FastPathTop top = fastPath.top(window.days(), limit);
            if (!top.isComplete()) {
                top.unbuiltDays().forEach(rebuilds::rebuild);
                top = fastPath.top(window.days(), limit);
            }
            // a day still without a copy (built and dropped at once) is simply answered by MySQL
            return top.isComplete() ? Optional.of(top.candidates()) : Optional.empty();
        } catch (FastPathUnavailableException failed) {
            log.debug("Redis could not rank {}; answering from MySQL: {}", window, failed.getMessage());
            return Optional.empty();
        }
    }
}
