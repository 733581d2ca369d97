package io.surge.catalog.application;

import java.time.Clock;

import io.surge.catalog.domain.Product;
import io.surge.catalog.domain.ProductRules;
import io.surge.catalog.port.in.AdjustStockCommand;
import io.surge.catalog.port.in.AdjustStockUseCase;
import io.surge.catalog.port.out.ProductRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adjusts stock with one conditional update, so adjustments racing each other and reservations all apply or are
 * refused on the stock as it is, never on a stale copy. When the update is refused the product is read only to
 * say why.
 */
@Service
class AdjustStockService implements AdjustStockUseCase {

    private final ProductRepository products;
    private final Clock clock;

    AdjustStockService(ProductRepository products, Clock clock) {
        this.products = products;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Product adjust(AdjustStockCommand command) {
        long productId = command.productId();
        long delta = command.delta();
        if (!products.adjustStock(productId, delta, ProductRules.MAX_STOCK,
                clock.instant())) {
            Product product = products.find(productId).orElseThrow(() -> ProductRules.notFound(productId));
            throw delta < 0
                    ? ProductRules.stockWouldBeNegative(productId, product.stock(), delta)
                    : ProductRules.stockLimitExceeded(productId, product.stock(), delta);
        }
        return products.find(productId).orElseThrow();
    }
}
