package io.surge.ranking.adapter.out.redis;

import java.time.LocalDate;

/**
 * Where the per-day copies live in Redis. Every key starts with the configured prefix
 * ({@code surge.ranking.key-prefix}, default {@code surge:}) and carries the hash tag {@code {daily-sales}}, so in a
 * Redis cluster they share one slot and one script may add up any window of them:
 * <ul>
 * <li>{@code <prefix>ranking:{daily-sales}:2026-11-21}, a sorted set of product id to units sold that day;</li>
 * <li>{@code <prefix>ranking:{daily-sales}:2026-11-21:built}, the generation the day was built as from MySQL. Its
 * existence is what makes the copy complete (a day that sold nothing has the marker and no set);</li>
 * <li>{@code <prefix>ranking:{daily-sales}:union}, scratch space of the ranking script, deleted before it returns.</li>
 * </ul>
 * A day's keys expire once no window can reach the day any more (see {@code SalesCalendar#neededUntil}).
 */
public final class RankingKeys {

    private final String prefix;

    public RankingKeys(String prefix) {
        this.prefix = prefix;
    }

    public String dailySales(LocalDate salesDate) {
        return prefix + "ranking:{daily-sales}:" + salesDate;
    }

    public String built(LocalDate salesDate) {
        return dailySales(salesDate) + ":built";
    }

    public String union() {
        return prefix + "ranking:{daily-sales}:union";
    }
}
