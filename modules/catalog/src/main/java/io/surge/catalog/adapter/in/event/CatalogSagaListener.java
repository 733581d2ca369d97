package io.surge.catalog.adapter.in.event;

import io.surge.catalog.domain.RequestedLine;
import io.surge.catalog.domain.ReservedLine;
import io.surge.catalog.events.QuoteProducts;
import io.surge.catalog.events.ReleaseStock;
import io.surge.catalog.events.ReserveStock;
import io.surge.catalog.port.in.QuoteProductsCommand;
import io.surge.catalog.port.in.QuoteProductsUseCase;
import io.surge.catalog.port.in.ReleaseStockCommand;
import io.surge.catalog.port.in.ReleaseStockUseCase;
import io.surge.catalog.port.in.ReserveStockCommand;
import io.surge.catalog.port.in.ReserveStockUseCase;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Serves the order saga's stock requests synchronously, inside the requester's transaction (ADR 0013): the
 * reply reaches the order before the request returns, and everything commits or rolls back together.
 */
@Component
class CatalogSagaListener {

    private final QuoteProductsUseCase quoteProducts;
    private final ReserveStockUseCase reserveStock;
    private final ReleaseStockUseCase releaseStock;

    CatalogSagaListener(QuoteProductsUseCase quoteProducts, ReserveStockUseCase reserveStock,
            ReleaseStockUseCase releaseStock) {
        this.quoteProducts = quoteProducts;
        this.reserveStock = reserveStock;
        this.releaseStock = releaseStock;
    }

    @EventListener(id = "catalog.quote-products")
    void on(QuoteProducts request) {
        quoteProducts.quote(new QuoteProductsCommand(request.orderId(),
                request.lines().stream().map(line -> new RequestedLine(line.productId(), line.quantity())).toList()));
    }

    @EventListener(id = "catalog.reserve-stock")
    void on(ReserveStock request) {
        reserveStock.reserve(new ReserveStockCommand(request.orderId(), request.lines().stream()
                .map(line -> new ReservedLine(line.productId(), line.quantity(), line.unitPrice()))
                .toList()));
    }

    @EventListener(id = "catalog.release-stock")
    void on(ReleaseStock request) {
        releaseStock.release(new ReleaseStockCommand(request.orderId()));
    }
}
