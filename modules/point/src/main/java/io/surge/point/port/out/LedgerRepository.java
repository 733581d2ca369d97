package io.surge.point.port.out;

import io.surge.point.domain.LedgerEntry;
import io.surge.point.domain.NewLedgerEntry;
import io.surge.point.domain.OrderLedger;
import io.surge.shared.paging.Page;
import io.surge.shared.paging.PageRequest;

/**
 * The point ledger. An order has at most one entry of each type: appending a second one fails, which rolls
 * back the balance change it came with.
 */
public interface LedgerRepository {

    LedgerEntry append(NewLedgerEntry entry);

    /** The order's ledger entries and its refusal, in one read. */
    OrderLedger findForOrder(long orderId);

    /** A page of the user's entries, newest first, before the entry id {@code page.after()}. */
    Page<LedgerEntry> findNewestFirst(long userId, PageRequest page);
}
