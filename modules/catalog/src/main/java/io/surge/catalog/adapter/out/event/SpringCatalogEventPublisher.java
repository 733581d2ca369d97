package io.surge.catalog.adapter.out.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.surge.catalog.domain.Product;
import io.surge.catalog.domain.QuotedLine;
import io.surge.catalog.domain.RejectionReason;
import io.surge.catalog.domain.ReservedLine;
import io.surge.catalog.events.ProductChanged;
import io.surge.catalog.events.ProductQuoteRefused;
import io.surge.catalog.events.ProductRegistered;
import io.surge.catalog.events.ProductsQuoted;
import io.surge.catalog.events.ReserveStock;
import io.surge.catalog.events.StockLine;
import io.surge.catalog.events.StockReleased;
import io.surge.catalog.events.StockReservationRejected;
import io.surge.catalog.events.StockReserved;
import io.surge.catalog.port.out.CatalogEventPublisher;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes the catalog's facts as Spring application events: the saga's replies go to the order's synchronous
 * listeners in the caller's transaction; product facts are stored by the event publication registry and reach
 * ranking after commit. Nothing of the catalog is externalized to Kafka.
 */
@Component
class SpringCatalogEventPublisher implements CatalogEventPublisher {

    private final ApplicationEventPublisher publisher;

    SpringCatalogEventPublisher(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void registered(Product product) {
        publisher.publishEvent(new ProductRegistered(UUID.randomUUID(), product.productId(), product.name(),
                product.price(), product.createdAt()));
    }

    @Override
    public void changed(Product product) {
        publisher.publishEvent(new ProductChanged(UUID.randomUUID(), product.productId(), product.name(),
                product.price(), product.updatedAt()));
    }

    @Override
    public void quoted(long orderId, List<QuotedLine> lines, Instant quotedAt) {
        publisher.publishEvent(new ProductsQuoted(UUID.randomUUID(), orderId, lines.stream()
                .map(line -> new ProductsQuoted.Line(line.productId(), line.name(), line.unitPrice(), line.quantity()))
                .toList(), quotedAt));
    }

    @Override
    public void quoteRefused(long orderId, RejectionReason reason, long productId, Instant refusedAt) {
        publisher.publishEvent(
                new ProductQuoteRefused(UUID.randomUUID(), orderId, reason.name(), productId, refusedAt));
    }

    @Override
    public void reserved(long orderId, List<ReservedLine> lines, Instant reservedAt) {
        publisher.publishEvent(new StockReserved(UUID.randomUUID(), orderId, lines(lines), reservedAt));
    }

    @Override
    public void rejected(long orderId, RejectionReason reason, long productId, Instant rejectedAt) {
        publisher.publishEvent(
                new StockReservationRejected(UUID.randomUUID(), orderId, reason.name(), productId, rejectedAt));
    }

    @Override
    public void released(long orderId, List<ReservedLine> lines, Instant releasedAt) {
        publisher.publishEvent(new StockReleased(UUID.randomUUID(), orderId,
                lines.stream().map(line -> new StockLine(line.productId(), line.quantity())).toList(),
                releasedAt));
    }

    private static List<ReserveStock.Line> lines(List<ReservedLine> lines) {
        return lines.stream()
                .map(line -> new ReserveStock.Line(line.productId(), line.quantity(), line.unitPrice()))
                .toList();
    }
}
