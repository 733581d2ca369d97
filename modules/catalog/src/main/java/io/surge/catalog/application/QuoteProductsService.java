package io.surge.catalog.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.surge.catalog.domain.Product;
import io.surge.catalog.domain.RejectionReason;
import io.surge.catalog.domain.RequestedLine;
import io.surge.catalog.domain.QuotedLine;
import io.surge.catalog.port.in.QuoteProductsUseCase;
import io.surge.catalog.port.in.QuoteProductsCommand;
import io.surge.catalog.port.out.CatalogEventPublisher;
import io.surge.catalog.port.out.ProductRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prices an order's lines with one plain read: no lock, nothing written. A line that is already short is refused
 * here, so an order for a sold-out product fails before it touches coupon, points or the stock row everybody
 * else is waiting for.
 */
@Service
class QuoteProductsService implements QuoteProductsUseCase {

    private final ProductRepository products;
    private final CatalogEventPublisher events;
    private final Clock clock;

    QuoteProductsService(ProductRepository products, CatalogEventPublisher events, Clock clock) {
        this.products = products;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void quote(QuoteProductsCommand command) {
        Instant now = clock.instant();
        List<RequestedLine> lines = command.request().lines();
        Map<Long, Product> found = products.findAll(lines.stream().map(RequestedLine::productId).toList()).stream()
                .collect(Collectors.toMap(Product::productId, Function.identity()));
        for (RequestedLine line : lines) {
            Product product = found.get(line.productId());
            if (product == null || product.stock() < line.quantity()) {
                events.quoteRefused(command.orderId(), product == null
                        ? RejectionReason.PRODUCT_NOT_FOUND
                        : RejectionReason.INSUFFICIENT_STOCK, line.productId(), now);
                return;
            }
        }
        events.quoted(command.orderId(), lines.stream()
                .map(line -> {
                    Product product = found.get(line.productId());
                    return new QuotedLine(line.productId(), product.name(), product.price(), line.quantity());
                })
                .toList(), now);
    }
}
