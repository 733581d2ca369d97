package io.surge.ranking.adapter.in.web;

import io.surge.ranking.domain.PopularProducts;
import io.surge.ranking.domain.Ranking;
import io.surge.ranking.domain.SalesWindow;
import io.surge.ranking.port.in.GetPopularProductsQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PopularProductsController {

    private final GetPopularProductsQuery popularProducts;

    PopularProductsController(GetPopularProductsQuery popularProducts) {
        this.popularProducts = popularProducts;
    }

    @GetMapping("/api/v1/products/popular")
    PopularProductsResponse popular(
            @RequestParam(defaultValue = "3") @Min(1) @Max(SalesWindow.MAX_DAYS) int days,
            @RequestParam(defaultValue = "5") @Min(1) @Max(Ranking.MAX_LIMIT) int limit) {
        PopularProducts popular = popularProducts.popular(days, limit);
        return PopularProductsResponse.of(popular);
    }
}
