package io.surge.ranking.adapter.out.redis;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import io.surge.ranking.domain.ProductSales;
import io.surge.ranking.domain.Sale;
import io.surge.ranking.domain.SaleLines;
import io.surge.ranking.port.out.FastPathTop;
import io.surge.ranking.port.out.FastPathUnavailableException;
import io.surge.ranking.port.out.SalesFastPath;
import io.surge.shared.redis.RedisGuard;
import io.surge.shared.redis.RedisUnavailableException;
import org.jspecify.annotations.Nullable;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The per-day sorted sets (ADR 0011; key layout in {@link RankingKeys}). Each operation that touches more than
 * one key is one Lua script, so it is atomic; Redisson's script cache sends it by its SHA ({@code EVALSHA}) and loads
 * it again when Redis answers {@code NOSCRIPT}. Every call goes through a {@link RedisGuard}: a Redis failure, an
 * answer slower than {@code surge.ranking.redis-timeout}, or a call refused while Redis is known to be gone
 * ({@code surge.ranking.redis-open-for}) becomes a {@link FastPathUnavailableException}, and callers fall back to
 * MySQL or mark the day for repair (ADR 0016).
 */
@Component
@EnableConfigurationProperties(RankingRedisProperties.class)
class RedissonSalesFastPath implements SalesFastPath {

    /** KEYS: built marker, sales set. ARGV: generation, keep-for millis, then product id, delta pairs. */
    private static final String ADD = """
            if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
            for i = 3, #ARGV, 2 do
              redis.call('ZINCRBY', KEYS[2], ARGV[i + 1], ARGV[i])
            end
            redis.call('PEXPIRE', KEYS[2], ARGV[2])
            return 1
            """;

    /**
     * KEYS: built marker, sales set. ARGV: generation, keep-for millis, then score, product id pairs. A build never
     * replaces a newer one (a slow rebuild arriving late); the marker is written last.
     */
    private static final String REPLACE = """
            local current = tonumber(redis.call('GET', KEYS[1]))
            if current and current > tonumber(ARGV[1]) then return 0 end
            redis.call('DEL', KEYS[2])
            for i = 3, #ARGV, 1000 do
              redis.call('ZADD', KEYS[2], unpack(ARGV, i, math.min(i + 999, #ARGV)))
            end
            if #ARGV > 2 then redis.call('PEXPIRE', KEYS[2], ARGV[2]) end
            redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
            return 1
            """;

    /**
     * KEYS: the n built markers, the n sales sets, the scratch key. ARGV: n, limit. Answers {@code UNBUILT} and the
     * (1-based) positions of the days without a copy, or {@code TOP} and product id, units pairs: the best
     * {@code limit} with units above zero plus every product tied with the last of them (Redis orders ties by
     * member text, not by product id, so the caller breaks them).
     */
    private static final String TOP = """
            local n = tonumber(ARGV[1])
            local unbuilt = {'UNBUILT'}
            for i = 1, n do
              if redis.call('EXISTS', KEYS[i]) == 0 then unbuilt[#unbuilt + 1] = tostring(i) end
            end
            if #unbuilt > 1 then return unbuilt end
            local union = KEYS[2 * n + 1]
            redis.call('ZUNIONSTORE', union, n, unpack(KEYS, n + 1, 2 * n))
            local limit = tonumber(ARGV[2])
            local top = redis.call('ZREVRANGEBYSCORE', union, '+inf', '(0', 'WITHSCORES', 'LIMIT', 0, limit)
            local answer = {'TOP'}
            for i = 1, #top do answer[#answer + 1] = top[i] end
            if #top == 2 * limit then
              local last = top[#top]
              local tied = redis.call('ZRANGEBYSCORE', union, last, last, 'WITHSCORES')
              for i = 1, #tied do answer[#answer + 1] = tied[i] end
            end
            redis.call('DEL', union)
            return answer
            """;

    private static final Logger log = LoggerFactory.getLogger(RedissonSalesFastPath.class);

    private final RedissonClient redisson;
    private final RScript scripts;
    private final RankingKeys keys;
    private final RedisGuard redis;
    private final AtomicBoolean unavailable = new AtomicBoolean();

    RedissonSalesFastPath(RedissonClient redisson, RankingRedisProperties properties) {
        this.redisson = redisson;
        this.scripts = redisson.getScript(StringCodec.INSTANCE);
        this.keys = new RankingKeys(properties.keyPrefix());
        this.redis = new RedisGuard("ranking", properties.redisTimeout(), properties.redisOpenFor());
    }

    @Override
    public boolean add(LocalDate salesDate, long generation, SaleLines lines, Duration keepFor) {
        List<Object> args = new ArrayList<>();
        args.add(generation);
        args.add(millis(keepFor));
        for (Sale sale : lines.lines()) {
            args.add(sale.productId());
            args.add(sale.quantity());
        }
        Long added = call(() -> scripts.<Long>eval(RScript.Mode.READ_WRITE, ADD, RScript.ReturnType.LONG,
                List.of(keys.built(salesDate), keys.dailySales(salesDate)), args.toArray()));
        return added != null && added == 1;
    }

    @Override
    public void replace(LocalDate salesDate, long generation, List<ProductSales> sales, Duration keepFor) {
        List<Object> args = new ArrayList<>(2 + 2 * sales.size());
        args.add(generation);
        args.add(millis(keepFor));
        for (ProductSales product : sales) {
            args.add(product.soldQuantity());
            args.add(product.productId());
        }
        call(() -> scripts.<Long>eval(RScript.Mode.READ_WRITE, REPLACE, RScript.ReturnType.LONG,
                List.of(keys.built(salesDate), keys.dailySales(salesDate)), args.toArray()));
    }

    @Override
    public void forget(LocalDate salesDate) {
        call(() -> redisson.getKeys().delete(keys.built(salesDate), keys.dailySales(salesDate)));
    }

    @Override
    public Optional<Long> builtGeneration(LocalDate salesDate) {
        String built = call(() -> redisson.<String>getBucket(keys.built(salesDate), StringCodec.INSTANCE).get());
        return Optional.ofNullable(built).map(Long::valueOf);
    }

    @Override
    public Map<LocalDate, Long> builtGenerations(List<LocalDate> salesDates) {
        Map<String, LocalDate> days = new HashMap<>();
        salesDates.forEach(day -> days.put(keys.built(day), day));
        Map<String, String> built = call(() -> redisson.getBuckets(StringCodec.INSTANCE)
                .<String>get(days.keySet().toArray(String[]::new)));
        Map<LocalDate, Long> generations = new HashMap<>();
        built.forEach((key, generation) -> generations.put(days.get(key), Long.valueOf(generation)));
        return generations;
    }

    @Override
    public FastPathTop top(List<LocalDate> salesDates, int limit) {
        List<Object> scriptKeys = new ArrayList<>(2 * salesDates.size() + 1);
        salesDates.forEach(day -> scriptKeys.add(keys.built(day)));
        salesDates.forEach(day -> scriptKeys.add(keys.dailySales(day)));
        scriptKeys.add(keys.union());
        List<Object> answer = call(() -> scripts.<List<Object>>eval(RScript.Mode.READ_WRITE, TOP,
                RScript.ReturnType.LIST, scriptKeys, salesDates.size(), limit));
        List<String> values = answer.stream().map(String::valueOf).toList();
        if ("UNBUILT".equals(values.getFirst())) {
            return FastPathTop.unbuilt(values.subList(1, values.size()).stream()
                    .map(position -> salesDates.get(Integer.parseInt(position) - 1)).toList());
        }
        Map<Long, Long> candidates = new HashMap<>();
        for (int i = 1; i + 1 < values.size(); i += 2) {
            candidates.put(Long.valueOf(values.get(i)), (long) Double.parseDouble(values.get(i + 1)));
        }
        return FastPathTop.of(candidates.entrySet().stream()
                .map(candidate -> new ProductSales(candidate.getKey(), candidate.getValue())).toList());
    }

    private static long millis(Duration keepFor) {
        return Math.max(1, keepFor.toMillis());
    }

    /**
     * A command that timed out may still run later; that is harmless: its day is then marked stale (or the rebuild
     * rolled back), and a build of a newer generation refuses or replaces whatever it did.
     */
    private <T extends @Nullable Object> T call(Supplier<T> command) {
        try {
            T answer = redis.call(command);
            if (unavailable.compareAndSet(true, false)) {
                log.info("Ranking's Redis fast path answers again");
            }
            return answer;
        } catch (RedisUnavailableException failed) {
            if (unavailable.compareAndSet(false, true)) {
                log.warn("Ranking's Redis fast path failed; answering from MySQL and repairing days later: {}",
                        describe(failed));
            }
            throw new FastPathUnavailableException(describe(failed), failed);
        }
    }

    private static String describe(RedisUnavailableException failed) {
        return failed.getCause() == null ? failed.getMessage() : failed.getMessage() + ": " + failed.getCause();
    }
}
