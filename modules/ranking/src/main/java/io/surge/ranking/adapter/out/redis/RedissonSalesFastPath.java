package io.surge.ranking.adapter.out.redis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import io.surge.ranking.domain.ProductSales;
import io.surge.ranking.domain.Sale;
import io.surge.ranking.domain.SaleLines;
import io.surge.ranking.port.out.FastPathTop;
import io.surge.ranking.port.out.FastPathUnavailableException;
import io.surge.ranking.port.out.SalesFastPath;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.RedisException;
import org.redisson.client.codec.StringCodec;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The per-day sorted sets (ADR 0011; key layout in {@link RankingKeys}). Each operation that touches more than
 * one key is one Lua script, so it is atomic; scripts run by their SHA ({@code EVALSHA}) and are loaded again when
 * Redis answers {@code NOSCRIPT}. Every Redis failure, and every answer slower than
 * {@code surge.ranking.redis-timeout}, becomes a {@link FastPathUnavailableException}.
 */
@Component
@EnableConfigurationProperties(RankingRedisProperties.class)
class RedissonSalesFastPath implements SalesFastPath {

    /** KEYS: built marker, sales set. ARGV: generation, keep-for millis, then product id, delta pairs. */
    private static final Script ADD = new Script("""
            if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
            for i = 3, #ARGV, 2 do
              redis.call('ZINCRBY', KEYS[2], ARGV[i + 1], ARGV[i])
            end
            redis.call('PEXPIRE', KEYS[2], ARGV[2])
            return 1
            """);

    /**
     * KEYS: built marker, sales set. ARGV: generation, keep-for millis, then score, product id pairs. A build never
     * replaces a newer one (a slow rebuild arriving late); the marker is written last.
     */
    private static final Script REPLACE = new Script("""
            local current = tonumber(redis.call('GET', KEYS[1]))
            if current and current > tonumber(ARGV[1]) then return 0 end
            redis.call('DEL', KEYS[2])
            for i = 3, #ARGV, 1000 do
              redis.call('ZADD', KEYS[2], unpack(ARGV, i, math.min(i + 999, #ARGV)))
            end
            if #ARGV > 2 then redis.call('PEXPIRE', KEYS[2], ARGV[2]) end
            redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
            return 1
            """);

    /**
     * KEYS: the n built markers, the n sales sets, the scratch key. ARGV: n, limit. Answers {@code UNBUILT} and the
     * (1-based) positions of the days without a copy, or {@code TOP} and product id, units pairs: the best
     * {@code limit} with units above zero plus every product tied with the last of them (Redis orders ties by
     * member text, not by product id, so the caller breaks them).
     */
    private static final Script TOP = new Script("""
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
            """);

    private final RedissonClient redisson;
    private final RScript scripts;
    private final RankingKeys keys;
    private final Duration timeout;

    RedissonSalesFastPath(RedissonClient redisson, RankingRedisProperties properties) {
        this.redisson = redisson;
        this.scripts = redisson.getScript(StringCodec.INSTANCE);
        this.keys = new RankingKeys(properties.keyPrefix());
        this.timeout = properties.redisTimeout();
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
        Long added = await(() -> ADD.run(scripts, RScript.ReturnType.LONG,
                List.of(keys.built(salesDate), keys.dailySales(salesDate)), args));
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
        await(() -> REPLACE.run(scripts, RScript.ReturnType.LONG,
                List.of(keys.built(salesDate), keys.dailySales(salesDate)), args));
    }

    @Override
    public void forget(LocalDate salesDate) {
        await(() -> redisson.getKeys().deleteAsync(keys.built(salesDate), keys.dailySales(salesDate)));
    }

    @Override
    public Optional<Long> builtGeneration(LocalDate salesDate) {
        String built = await(
                () -> redisson.<String>getBucket(keys.built(salesDate), StringCodec.INSTANCE).getAsync());
        return Optional.ofNullable(built).map(Long::valueOf);
    }

    @Override
    public Map<LocalDate, Long> builtGenerations(List<LocalDate> salesDates) {
        Map<String, LocalDate> days = new HashMap<>();
        salesDates.forEach(day -> days.put(keys.built(day), day));
        Map<String, String> built = await(() -> redisson.getBuckets(StringCodec.INSTANCE)
                .<String>getAsync(days.keySet().toArray(String[]::new)));
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
        List<Object> answer = await(() -> TOP.<List<Object>>run(scripts, RScript.ReturnType.LIST, scriptKeys,
                List.of(salesDates.size(), limit)));
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

    private <T> T await(Supplier<? extends CompletionStage<T>> command) {
        try {
            return await(command.get());
        } catch (RedisException failed) {
            throw unavailable(failed);
        }
    }

    /**
     * Waits at most {@code surge.ranking.redis-timeout}. A command that timed out may still run later; that is
     * harmless: its day is then marked stale (or the rebuild rolled back), and a build of a newer generation refuses
     * or replaces whatever it did.
     */
    private <T> T await(CompletionStage<T> reply) {
        try {
            return reply.toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException failed) {
            throw unavailable(failed.getCause());
        } catch (TimeoutException slow) {
            throw new FastPathUnavailableException("Redis did not answer within " + timeout, slow);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new FastPathUnavailableException("Interrupted while waiting for Redis", interrupted);
        }
    }

    private static FastPathUnavailableException unavailable(Throwable cause) {
        return new FastPathUnavailableException("Redis failed: " + cause.getMessage(), cause);
    }

    /** A Lua script run by its SHA-1, loaded into Redis on first use and again whenever Redis forgot it. */
    private record Script(String source, String sha) {

        Script(String source) {
            this(source, sha1(source));
        }

        <R> CompletionStage<R> run(RScript scripts, RScript.ReturnType returnType, List<Object> keys,
                List<Object> args) {
            Object[] values = args.stream().map(String::valueOf).toArray();
            return scripts.<R>evalShaAsync(RScript.Mode.READ_WRITE, sha, returnType, keys, values)
                    .exceptionallyCompose(failed -> isNoScript(failed)
                            ? scripts.scriptLoadAsync(source).thenCompose(
                                    loaded -> scripts.<R>evalShaAsync(RScript.Mode.READ_WRITE, sha, returnType, keys,
                                            values))
                            : CompletableFuture.failedStage(failed));
        }

        private static boolean isNoScript(Throwable failed) {
            Throwable cause = failed instanceof CompletionException wrapped && wrapped.getCause() != null
                    ? wrapped.getCause()
                    : failed;
            return cause.getMessage() != null && cause.getMessage().contains("NOSCRIPT");
        }

        private static String sha1(String source) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-1").digest(source.getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(digest);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-1 is part of every JDK", e);
            }
        }
    }
}
