package io.surge.catalog.port.in;

/**
 * Give back whatever an order reserved.
 */
public record ReleaseStockCommand(long orderId) {

    public ReleaseStockCommand {
        if (orderId < 1) {
            throw new IllegalArgumentException("orderId must be positive");
        }
    }
}
