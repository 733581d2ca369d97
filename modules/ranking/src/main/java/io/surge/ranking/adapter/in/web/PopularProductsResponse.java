package io.surge.ranking.adapter.in.web;

import java.time.LocalDate;
import java.util.List;

import io.surge.ranking.domain.PopularProducts;

/**
 * @param from the window's first business day (ISO date), {@code to} its last: today in the business time zone
 */
record PopularProductsResponse(LocalDate from, LocalDate to, List<PopularProductResponse> items) {

    static PopularProductsResponse of(PopularProducts popular) {
        return new PopularProductsResponse(popular.window().from(), popular.window().to(),
                popular.items().stream().map(PopularProductResponse::of).toList());
    }
}
