package io.surge.ranking.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.surge.ranking.domain.SalesCalendar;
import io.surge.ranking.domain.SalesDayState;
import io.surge.ranking.domain.SalesWindow;
import io.surge.ranking.port.in.RepairFastPathUseCase;
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
    private final SalesCalendar calendar;
    private final Clock clock;

    FastPathRepairService(SalesDayRepository days, SalesFastPath fastPath, FastPathRebuilds rebuilds,
            SalesCalendar calendar, Clock clock) {
        this.days = days;
        this.fastPath = fastPath;
        this.rebuilds = rebuilds;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public int repair() {
        SalesWindow servable = calendar.servableDays(clock.instant());
        List<SalesDayState> states = days.statesIn(servable);
        if (states.isEmpty()) {
            return 0;
        }
        Map<LocalDate, Long> built = fastPath.builtGenerations(servable.days());
        int rebuilt = 0;
        for (SalesDayState state : states) {
            if (state.needsRepair(built.get(state.salesDate())) && rebuilds.rebuild(state.salesDate())) {
                rebuilt++;
            }
        }
        return rebuilt;
    }
}
