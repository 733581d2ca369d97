package io.surge.ranking.adapter.in.event;

import io.surge.catalog.events.ProductChanged;
import io.surge.catalog.events.ProductRegistered;
import io.surge.ranking.port.in.ProjectProductCommand;
import io.surge.ranking.port.in.ProjectProductUseCase;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps ranking's copy of product names and prices, which rankings show. Events may arrive late or twice; the
 * copy keeps the newest report.
 */
@Component
class ProductProjectionListener {

    private final ProjectProductUseCase projectProduct;

    ProductProjectionListener(ProjectProductUseCase projectProduct) {
        this.projectProduct = projectProduct;
    }

    @ApplicationModuleListener(id = "ranking.project-registered-product")
    void on(ProductRegistered registered) {
        projectProduct.project(new ProjectProductCommand(registered.productId(), registered.name(),
                registered.price(), registered.registeredAt()));
    }

    @ApplicationModuleListener(id = "ranking.project-changed-product")
    void on(ProductChanged changed) {
        projectProduct.project(new ProjectProductCommand(changed.productId(), changed.name(), changed.price(),
                changed.changedAt()));
    }
}
