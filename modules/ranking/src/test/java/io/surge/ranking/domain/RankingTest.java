package io.surge.ranking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import io.surge.shared.error.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RankingTest {

    @Test
    void moreUnitsSoldRanksHigher() {
        List<RankedSales> ranked = Ranking.top(List.of(new ProductSales(1, 3), new ProductSales(2, 10),
                new ProductSales(3, 7)), 5);

        assertThat(ranked).containsExactly(new RankedSales(1, 2, 10), new RankedSales(2, 3, 7),
                new RankedSales(3, 1, 3));
    }

    @Test
    void equalSalesAreOrderedBySmallerProductIdAndStillGetTheirOwnRank() {
        List<RankedSales> ranked = Ranking.top(List.of(new ProductSales(12, 5), new ProductSales(3, 5),
                new ProductSales(100, 5), new ProductSales(2, 9)), 3);

        assertThat(ranked).containsExactly(new RankedSales(1, 2, 9), new RankedSales(2, 3, 5),
                new RankedSales(3, 12, 5));
    }

    @Test
    void productsThatSoldNothingNetAreLeftOut() {
        List<RankedSales> ranked = Ranking.top(List.of(new ProductSales(1, 0), new ProductSales(2, -2),
                new ProductSales(3, 1)), 5);

        assertThat(ranked).containsExactly(new RankedSales(1, 3, 1));
    }

    @Test
    void aProductListedForSeveralDaysRanksByItsSum() {
        List<RankedSales> ranked = Ranking.top(List.of(new ProductSales(1, 4), new ProductSales(2, 5),
                new ProductSales(1, 4), new ProductSales(2, -3)), 5);

        assertThat(ranked).containsExactly(new RankedSales(1, 1, 8), new RankedSales(2, 2, 2));
    }

    @Test
    void noSalesIsAnEmptyRanking() {
        assertThat(Ranking.top(List.of(), 5)).isEmpty();
    }

    @Test
    void theLimitCutsTheList() {
        List<ProductSales> sales = List.of(new ProductSales(1, 6), new ProductSales(2, 5), new ProductSales(3, 4),
                new ProductSales(4, 3), new ProductSales(5, 2), new ProductSales(6, 1));

        assertThat(Ranking.top(sales, 5)).extracting(RankedSales::productId).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(Ranking.top(sales, 1)).extracting(RankedSales::productId).containsExactly(1L);
    }

    @ParameterizedTest
    @ValueSource(ints = { -1, 0, 101 })
    void refusesALimitOutOfBoundsAsInvalidInput(int limit) {
        assertThatThrownBy(() -> Ranking.checkLimit(limit))
                .isInstanceOfSatisfying(BusinessException.class, refused -> {
                    assertThat(refused.code()).isEqualTo("VALIDATION_FAILED");
                    assertThat(refused.violations()).singleElement()
                            .satisfies(violation -> assertThat(violation.field()).isEqualTo("limit"));
                });
    }
}
