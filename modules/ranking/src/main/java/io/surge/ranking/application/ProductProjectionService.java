package io.surge.ranking.application;

import io.surge.ranking.port.in.ProjectProductCommand;
import io.surge.ranking.port.in.ProjectProductUseCase;
import io.surge.ranking.port.out.ProductProjectionRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ProductProjectionService implements ProjectProductUseCase {

    private final ProductProjectionRepository products;

    ProductProjectionService(ProductProjectionRepository products) {
        this.products = products;
    }

    @Override
    @Transactional
    public void project(ProjectProductCommand command) {
        products.saveIfNewer(command.details());
    }
}
