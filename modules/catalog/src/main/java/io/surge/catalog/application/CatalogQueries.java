package io.surge.catalog.application;

import io.surge.catalog.domain.Product;
import io.surge.catalog.domain.ProductRules;
import io.surge.catalog.port.in.GetProductQuery;
import io.surge.catalog.port.in.ListProductsQuery;
import io.surge.catalog.port.out.ProductRepository;
import io.surge.shared.paging.Page;
import io.surge.shared.paging.PageRequest;

import org.springframework.stereotype.Service;

/**
 * Reads go to the database every time: stock changes with every order, and a cached copy of it is a wrong
 * answer (ADR 0009). Each read is one statement, consistent on its own, so none opens a transaction: a read-only
 * one would add four round trips (autocommit and read-only, on and off) to the only one needed (ADR 0012).
 */
@Service
class CatalogQueries implements GetProductQuery, ListProductsQuery {

    private final ProductRepository products;

    CatalogQueries(ProductRepository products) {
        this.products = products;
    }

    @Override
    public Product product(long productId) {
        return products.find(productId).orElseThrow(() -> ProductRules.notFound(productId));
    }

    @Override
    public Page<Product> products(PageRequest page) {
        return products.findPage(page);
    }
}
