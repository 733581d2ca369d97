package io.surge.catalog.adapter.in.event;

import io.surge.catalog.domain.RequestedLine;
import io.surge.catalog.events.ReleaseStock;
import io.surge.catalog.events.ReserveStock;
import io.surge.catalog.port.in.ReleaseStockCommand;
import io.surge.catalog.port.in.ReleaseStockUseCase;
import io.surge.catalog.port.in.ReserveStockCommand;
import io.surge.catalog.port.in.ReserveStockUseCase;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Serves the order saga's stock requests. Each runs in its own transaction after the requester committed; the
 * use cases make redelivery harmless.
 */
@Component
class CatalogSagaListener {

    private final ReserveStockUseCase reserveStock;
    private final ReleaseStockUseCase releaseStock;

    CatalogSagaListener(ReserveStockUseCase reserveStock, ReleaseStockUseCase releaseStock) {
        this.reserveStock = reserveStock;
        this.releaseStock = releaseStock;
    }

    @ApplicationModuleListener(id = "catalog.reserve-stock")
    void on(ReserveStock request) {
        reserveStock.reserve(new ReserveStockCommand(request.orderId(), request.lines().stream()
                .map(line -> new RequestedLine(line.productId(), line.quantity()))
                .toList()));
    }

    @ApplicationModuleListener(id = "catalog.release-stock")
    void on(ReleaseStock request) {
        releaseStock.release(new ReleaseStockCommand(request.orderId()));
    }
}
