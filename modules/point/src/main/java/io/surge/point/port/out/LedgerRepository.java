package io.surge.point.port.out;

import java.util.List;
import java.util.Optional;

import io.surge.point.domain.LedgerEntry;
import io.surge.point.domain.LedgerEntryType;
import io.surge.point.domain.NewLedgerEntry;
import org.jspecify.annotations.Nullable;

/**
 * The point ledger. An order has at most one entry of each type: appending a second one fails, which rolls
 * back the balance change it came with.
 */
public interface LedgerRepository {

    LedgerEntry append(NewLedgerEntry entry);

    Optional<LedgerEntry> findForOrder(long orderId, LedgerEntryType type);

    List<LedgerEntry> findNewestFirst(long userId, @Nullable Long beforeEntryId, int limit);
}
