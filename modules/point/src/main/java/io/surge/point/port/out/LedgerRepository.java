package io.surge.point.port.out;

import java.util.List;

import io.surge.point.domain.LedgerEntry;
import io.surge.point.domain.NewLedgerEntry;
import io.surge.point.domain.OrderLedger;
import org.jspecify.annotations.Nullable;

/**
 * The point ledger. An order has at most one entry of each type: appending a second one fails, which rolls
 * back the balance change it came with.
 */
public interface LedgerRepository {

    LedgerEntry append(NewLedgerEntry entry);

    /** The order's ledger entries and its refusal, in one read. */
    OrderLedger findForOrder(long orderId);

    List<LedgerEntry> findNewestFirst(long userId, @Nullable Long beforeEntryId, int limit);
}
