package io.surge.catalog.adapter.in.web;

import java.net.URI;

import io.surge.catalog.domain.Product;
import io.surge.catalog.port.in.AdjustStockCommand;
import io.surge.catalog.port.in.AdjustStockUseCase;
import io.surge.catalog.port.in.ChangeProductCommand;
import io.surge.catalog.port.in.ChangeProductUseCase;
import io.surge.catalog.port.in.RegisterProductCommand;
import io.surge.catalog.port.in.RegisterProductUseCase;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalog's administration. Prices and stock are only ever set here, never by shoppers' requests.
 */
@RestController
@RequestMapping("/api/v1/admin/products")
class ProductAdminController {

    private final RegisterProductUseCase registerProduct;
    private final ChangeProductUseCase changeProduct;
    private final AdjustStockUseCase adjustStock;

    ProductAdminController(RegisterProductUseCase registerProduct, ChangeProductUseCase changeProduct,
            AdjustStockUseCase adjustStock) {
        this.registerProduct = registerProduct;
        this.changeProduct = changeProduct;
        this.adjustStock = adjustStock;
    }

    @PostMapping
    ResponseEntity<ProductResponse> register(@Valid @RequestBody RegisterProductRequest request) {
        Product product = registerProduct.register(
                new RegisterProductCommand(request.name(), request.price(), request.stock()));
        return ResponseEntity.created(URI.create("/api/v1/products/" + product.productId()))
                .body(ProductResponse.of(product));
    }

    @PatchMapping("/{productId}")
    ProductResponse change(@PathVariable @Positive long productId, @Valid @RequestBody ChangeProductRequest request) {
        return ProductResponse.of(
                changeProduct.change(new ChangeProductCommand(productId, request.name(), request.price())));
    }

    @PostMapping("/{productId}/stock-adjustments")
    ProductResponse adjustStock(@PathVariable @Positive long productId,
            @Valid @RequestBody StockAdjustmentRequest request) {
        return ProductResponse.of(adjustStock.adjust(new AdjustStockCommand(productId, request.delta())));
    }
}
