package io.surge.point.port.in;

import io.surge.point.domain.LedgerEntry;
import io.surge.shared.paging.Page;
import io.surge.shared.paging.PageRequest;

public interface GetPointHistoryQuery {

    /** A page of the user's ledger entries, newest first: the keys of {@code page} are entry ids. */
    Page<LedgerEntry> history(long userId, PageRequest page);
}
