package io.surge.point.port.in;

import java.util.List;

import io.surge.point.domain.LedgerEntry;
import org.jspecify.annotations.Nullable;

public interface GetPointHistoryQuery {

    /**
     * @param beforeEntryId the last entry of the previous page, or {@code null} for the newest entries
     * @return at most {@code limit} entries, newest first
     */
    List<LedgerEntry> history(long userId, @Nullable Long beforeEntryId, int limit);
}
