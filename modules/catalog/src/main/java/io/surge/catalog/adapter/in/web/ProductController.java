package io.surge.catalog.adapter.in.web;


import io.surge.catalog.port.in.GetProductQuery;
import io.surge.catalog.port.in.ListProductsQuery;
import io.surge.shared.paging.PageRequest;
import io.surge.shared.web.KeysetCursor;
import io.surge.shared.web.PageResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/products")
class ProductController {

    private final GetProductQuery product;
    private final ListProductsQuery products;

    ProductController(GetProductQuery product, ListProductsQuery products) {
        this.product = product;
        this.products = products;
    }

    @GetMapping("/{productId}")
    ProductResponse product(@PathVariable @Positive long productId) {
        return ProductResponse.of(product.product(productId));
    }

    @GetMapping
    PageResponse<ProductResponse> products(@RequestParam(required = false) @Nullable String cursor,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        PageRequest page = new PageRequest(KeysetCursor.decode(cursor), size);
        return PageResponse.of(products.products(page), ProductResponse::of);
    }
}
