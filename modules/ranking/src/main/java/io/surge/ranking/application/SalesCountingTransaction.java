package io.surge.ranking.application;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;

import io.surge.ranking.domain.CountedOrder;
import io.surge.ranking.domain.SaleLines;
import io.surge.ranking.domain.SalesCalendar;
import io.surge.ranking.port.in.CountCompletedOrderCommand;
import io.surge.ranking.port.in.UncountCancelledOrderCommand;
import io.surge.ranking.port.out.CountedOrderRepository;
import io.surge.ranking.port.out.DailySalesRepository;
import io.surge.ranking.port.out.SalesDayRepository;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The MySQL half of counting: the order's row, the day's generation (held in share mode) and the day's sales
 * change, together or not at all; completed orders are counted many per transaction.
 * <p>
 * The order's row (keyed by order id) is written first: a redelivery finds it and changes nothing, and a completion
 * and a cancellation of one order racing each other queue on it. A redelivery cannot know whether the first
 * delivery's Redis increment happened (the process may have died between the commit and Redis), so it marks the
 * day stale and the day is rebuilt from MySQL, which is exact.
 */
@Component
class SalesCountingTransaction {

    private final CountedOrderRepository orders;
    private final SalesDayRepository days;
    private final DailySalesRepository sales;
    private final SalesCalendar calendar;

    SalesCountingTransaction(CountedOrderRepository orders, SalesDayRepository days, DailySalesRepository sales,
            SalesCalendar calendar) {
        this.orders = orders;
        this.days = days;
        this.sales = sales;
        this.calendar = calendar;
    }

    /**
     * Counts many completed orders in one transaction: their rows in ascending order id, then each day's generation
     * in share mode and its sales in one upsert, the same lock order as one order alone.
     *
     * @return per command, in the commands' order: what was added, or empty when the order was known already
     *         (counted, or cancelled first)
     */
    @Transactional
    public List<Optional<CountedChange>> countAll(List<CountCompletedOrderCommand> commands) {
        @Nullable LocalDate[] countedOn = new LocalDate[commands.size()]; // null: known already, nothing added
        IntStream.range(0, commands.size()).boxed()
                .sorted(Comparator.comparingLong(i -> commands.get(i).orderId()))
                .forEach(i -> {
                    CountCompletedOrderCommand command = commands.get(i);
                    LocalDate salesDate = calendar.dayOf(command.completedAt());
                    if (orders.recordCounted(command.orderId(), salesDate, command.completedAt())) {
                        countedOn[i] = salesDate;
                    } else {
                        distrustFastPathOf(command.orderId());
                    }
                });
        Map<LocalDate, Long> generations = new TreeMap<>();
        Arrays.stream(countedOn).filter(Objects::nonNull).sorted().distinct().forEach(salesDate -> {
            generations.put(salesDate, days.shareGeneration(salesDate)); // held until commit: no rebuild slips in
            sales.add(salesDate, SaleLines.of(IntStream.range(0, commands.size())
                    .filter(i -> salesDate.equals(countedOn[i]))
                    .boxed()
                    .flatMap(i -> commands.get(i).sales().lines().stream())
                    .toList()));
        });
        return IntStream.range(0, commands.size())
                .mapToObj(i -> Optional.ofNullable(countedOn[i])
                        .map(salesDate -> new CountedChange(salesDate, generations.get(salesDate),
                                commands.get(i).sales())))
                .toList();
    }

    /** @return what was taken back, or empty when nothing was (not counted yet, or cancelled already) */
    @Transactional
    public Optional<CountedChange> uncount(UncountCancelledOrderCommand command) {
        Optional<LocalDate> countedOn = orders.cancelCounted(command.orderId(), command.cancelledAt());
        if (countedOn.isEmpty()) {
            if (orders.recordCancelledBeforeCompletion(command.orderId(), command.cancelledAt())) {
                return Optional.empty(); // the completion, when it comes, finds the tombstone and is not counted
            }
            // the order is known: its completion was counted just now (cancel it), or it was cancelled before
            countedOn = orders.cancelCounted(command.orderId(), command.cancelledAt());
            if (countedOn.isEmpty()) {
                distrustFastPathOf(command.orderId());
                return Optional.empty();
            }
        }
        return Optional.of(change(countedOn.get(), command.sales().negated()));
    }

    private CountedChange change(LocalDate salesDate, SaleLines lines) {
        long generation = days.shareGeneration(salesDate); // held until commit: no rebuild can slip in between
        sales.add(salesDate, lines);
        return new CountedChange(salesDate, generation, lines);
    }

    /** A redelivered event of an order whose units were counted: its Redis effect is unknown, so rebuild the day. */
    private void distrustFastPathOf(long orderId) {
        orders.find(orderId).flatMap(CountedOrder::countedOn).ifPresent(days::markStale);
    }
}
