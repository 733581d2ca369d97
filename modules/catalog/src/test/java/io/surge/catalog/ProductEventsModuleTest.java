package io.surge.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.surge.catalog.domain.Product;
import io.surge.catalog.events.ProductChanged;
import io.surge.catalog.events.ProductRegistered;
import io.surge.catalog.port.in.ChangeProductCommand;
import io.surge.catalog.port.in.ChangeProductUseCase;
import io.surge.catalog.port.in.RegisterProductCommand;
import io.surge.catalog.port.in.RegisterProductUseCase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * What the catalog tells other modules about its products (the ranking keeps a projection of names and prices).
 */
@ApplicationModuleTest
class ProductEventsModuleTest {

    @Autowired RegisterProductUseCase registerProduct;
    @Autowired ChangeProductUseCase changeProduct;

    @Test
    void registeringAProductReportsIt(Scenario scenario) {
        scenario.stimulate(() -> registerProduct.register(new RegisterProductCommand("Notebook", 4_500, 30)))
                .andWaitForEventOfType(ProductRegistered.class)
                .toArriveAndVerify((registered, product) -> {
                    assertThat(registered.productId()).isEqualTo(product.productId());
                    assertThat(registered.name()).isEqualTo("Notebook");
                    assertThat(registered.price()).isEqualTo(4_500);
                    assertThat(registered.registeredAt()).isEqualTo(product.createdAt());
                });
    }

    @Test
    void aChangeReportsTheNameAndPriceAsTheyNowAre(Scenario scenario) {
        Product notebook = registerProduct.register(new RegisterProductCommand("Notebook", 4_500, 30));

        scenario.stimulate(() -> changeProduct.change(new ChangeProductCommand(notebook.productId(), null, 3_900L)))
                .andWaitForEventOfType(ProductChanged.class)
                .toArriveAndVerify((changed, product) -> {
                    assertThat(changed.productId()).isEqualTo(notebook.productId());
                    assertThat(changed.name()).isEqualTo("Notebook");
                    assertThat(changed.price()).isEqualTo(3_900);
                    assertThat(changed.changedAt()).isEqualTo(product.updatedAt());
                });
    }
}
