package io.surge.catalog.application;

import java.time.Clock;

import io.surge.catalog.domain.Product;
import io.surge.catalog.domain.ProductRules;
import io.surge.catalog.port.in.ChangeProductCommand;
import io.surge.catalog.port.in.ChangeProductUseCase;
import io.surge.catalog.port.out.CatalogEventPublisher;
import io.surge.catalog.port.out.ProductRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes a product's name or price and reports the product as it now is, in the same transaction. Orders
 * already reserved keep the price they were reserved at. The report carries the stamp the row was given under its
 * lock, not the clock read before it: racing changes commit in the order of their stamps, so a reader that keeps the
 * newest report (ranking) ends on the last change.
 */
@Service
class ChangeProductService implements ChangeProductUseCase {

    private final ProductRepository products;
    private final CatalogEventPublisher events;
    private final Clock clock;

    ChangeProductService(ProductRepository products, CatalogEventPublisher events, Clock clock) {
        this.products = products;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Product change(ChangeProductCommand command) {
        if (!products.change(command.productId(), command.name(), command.price(),
                clock.instant())) {
            throw ProductRules.notFound(command.productId());
        }
        Product product = products.find(command.productId()).orElseThrow();
        events.changed(product);
        return product;
    }
}
