package io.surge.catalog.port.in;

import io.surge.catalog.domain.Product;

public interface RegisterProductUseCase {

    /** @return the product as stored, with its assigned id */
    Product register(RegisterProductCommand command);
}
