package io.surge.catalog.port.out;

import java.time.Instant;
import java.util.List;

import io.surge.catalog.domain.Product;
import io.surge.catalog.domain.QuotedLine;
import io.surge.catalog.domain.RejectionReason;
import io.surge.catalog.domain.ReservedLine;

/**
 * Reports what happened in the catalog, in the transaction of the change: the order saga's replies reach the
 * order at once, in that transaction; the product facts reach ranking through the outbox after commit.
 */
public interface CatalogEventPublisher {

    void registered(Product product);

    /** The product's name or price changed. */
    void changed(Product product);

    void quoted(long orderId, List<QuotedLine> lines, Instant quotedAt);

    void quoteRefused(long orderId, RejectionReason reason, long productId, Instant refusedAt);

    void reserved(long orderId, List<ReservedLine> lines, Instant reservedAt);

    void rejected(long orderId, RejectionReason reason, long productId, Instant rejectedAt);

    /** @param lines what went back to stock; empty when the order had reserved nothing */
    void released(long orderId, List<ReservedLine> lines, Instant releasedAt);
}
