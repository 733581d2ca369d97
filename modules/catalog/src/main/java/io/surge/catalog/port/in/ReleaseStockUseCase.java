package io.surge.catalog.port.in;

public interface ReleaseStockUseCase {

    /**
     * Returns exactly what the order reserved to stock, once, and reports it. An order that reserved nothing
     * releases nothing, and can no longer reserve afterwards.
     */
    void release(ReleaseStockCommand command);
}
