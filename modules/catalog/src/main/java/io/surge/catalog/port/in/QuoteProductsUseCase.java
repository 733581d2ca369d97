package io.surge.catalog.port.in;

public interface QuoteProductsUseCase {

    /**
     * Quotes the reservation {@code command} asks for without making it: the name and unit price of every line, or
     * the first line that cannot be served (a product that does not exist, or has less stock than asked), as the
     * products are now. Changes nothing; runs inside the caller's transaction.
     */
    void quote(QuoteProductsCommand command);
}
