package io.surge.catalog.port.in;

import io.surge.catalog.domain.ProductRules;

/**
 * Add a product to the catalog with its initial stock.
 */
public record RegisterProductCommand(String name, long price, long stock) {

    public RegisterProductCommand {
        ProductRules.checkName(name);
        ProductRules.checkPrice(price);
        ProductRules.checkStock(stock);
    }
}
