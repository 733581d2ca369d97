package io.surge.catalog.port.in;

public interface ReserveStockUseCase {

    /**
     * Reserves every line or none and reports which; the same answer however often it is asked, and never a
     * second reservation for the same order.
     */
    void reserve(ReserveStockCommand command);
}
