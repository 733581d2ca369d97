package io.surge.catalog.application;

import java.time.Clock;

import io.surge.catalog.domain.Product;
import io.surge.catalog.port.in.RegisterProductCommand;
import io.surge.catalog.port.in.RegisterProductUseCase;
import io.surge.catalog.port.out.CatalogEventPublisher;
import io.surge.catalog.port.out.ProductRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class RegisterProductService implements RegisterProductUseCase {

    private final ProductRepository products;
    private final CatalogEventPublisher events;
    private final Clock clock;

    RegisterProductService(ProductRepository products, CatalogEventPublisher events, Clock clock) {
        this.products = products;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Product register(RegisterProductCommand command) {
        long productId = products.register(command.name(), command.price(), command.stock(),
                clock.instant());
        Product product = products.find(productId).orElseThrow();
        events.registered(product);
        return product;
    }
}
