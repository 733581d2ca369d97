package io.surge.ranking.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.surge.ranking.domain.SalesCalendar;
import io.surge.ranking.domain.SalesDayState;
import io.surge.ranking.domain.SalesWindow;
import io.surge.ranking.port.in.RepairFastPathUseCase;
import io.surge.ranking.port.out.FastPathUnavailableException;
import io.surge.ranking.port.out.SalesDayRepository;
import io.surge.ranking.port.out.SalesFastPath;

import org.springframework.stereotype.Service;

/**
 * Finds the servable days whose Redis copy is wrong (marked stale, or built as another generation) and rebuilds
 * them. It reads at most {@value SalesWindow#MAX_DAYS} rows and as many Redis keys, so it may run every few seconds
 * on every instance; two instances rebuilding one day queue on the day's row and the second finds it current.
 */
@Service
class FastPathRepairService implements RepairFastPathUseCase {

    private final SalesDayRepository days;
    private final SalesFastPath fastPath;
    private final FastPathRebuilds rebuilds;
    private final FastPathBackoff backoff;
    private final SalesCalendar calendar;
    private final Clock clock;

    FastPathRepairService(SalesDayRepository days, SalesFastPath fastPath, FastPathRebuilds rebuilds,
            FastPathBackoff backoff, SalesCalendar calendar, Clock clock) {
        this.days = days;
        this.fastPath = fastPath;
        this.rebuilds = rebuilds;
        this.backoff = backoff;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public int repair() {
        if (!backoff.allowsAttempt()) {
            return 0;
        }
        SalesWindow servable = calendar.servableDays(clock.instant());
        List<SalesDayState> states = days.statesIn(servable);
        if (states.isEmpty()) {
            return 0;
        }
        try {
            Map<LocalDate, Long> built = fastPath.builtGenerations(servable.days());
            int rebuilt = 0;
            for (SalesDayState state : states) {
                if (state.needsRepair(built.get(state.salesDate())) && rebuilds.rebuild(state.salesDate())) {
                    rebuilt++;
                }
            }
            backoff.succeeded();
            return rebuilt;
        } catch (FastPathUnavailableException failed) {
            backoff.failed();
            throw failed;
        }
    }
}
