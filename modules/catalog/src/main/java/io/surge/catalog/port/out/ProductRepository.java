package io.surge.catalog.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.surge.catalog.domain.Product;
import io.surge.shared.paging.Page;
import io.surge.shared.paging.PageRequest;
import org.jspecify.annotations.Nullable;

/**
 * Products and their stock. Stock only ever changes through one atomic conditional {@code UPDATE} (never read,
 * compute and write), inside the caller's transaction, which holds the row's lock until it ends. Every change stamps
 * {@code updatedAt} with the given instant, or just after the product's current stamp if that is later: a product's
 * stamps grow in the order its changes commit, whatever clock they were read from and whenever.
 */
public interface ProductRepository {

    /** The committed state; reads no cache. */
    Optional<Product> find(long productId);

    /** The latest committed state, read with a shared lock held until the caller's transaction ends. */
    Optional<Product> findLocked(long productId);

    /** Products the caller's transaction has changed are seen as changed. */
    List<Product> findAll(Collection<Long> productIds);

    /** A page of products in ascending id, after the product id {@code page.after()}. */
    Page<Product> findPage(PageRequest page);

    /** @return the new product's id */
    long register(String name, long price, long stock, Instant at);

    /** @return false when there is no such product */
    boolean change(long productId, @Nullable String name, @Nullable Long price, Instant at);

    /**
     * Adds {@code delta} (of either sign) if the result stays within 0..{@code maxStock}; a decrease is allowed
     * even above the maximum, so stock that releases took past it can always be brought down.
     *
     * @return false when the product does not exist or the result would leave the range (nothing changed)
     */
    boolean adjustStock(long productId, long delta, long maxStock, Instant at);

    /**
     * Takes {@code quantity} if the product has at least that much in stock and still sells at {@code unitPrice}.
     *
     * @return false when the product has less, has another price or does not exist (nothing changed)
     */
    boolean take(long productId, long quantity, long unitPrice, Instant at);

    /** Gives back what a reservation took; always succeeds for an existing product. */
    void putBack(long productId, long quantity, Instant at);
}
