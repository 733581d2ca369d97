package io.surge.coupon;

import java.util.concurrent.atomic.AtomicInteger;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * Counts the SQL statements jOOQ runs against the coupon module's tables, to prove that sold-out and duplicate
 * issue requests are answered by the Redis gate alone.
 */
public final class CouponSqlCounter implements ExecuteListener {

    private final AtomicInteger statements = new AtomicInteger();

    @Override
    public void executeStart(ExecuteContext context) {
        String sql = context.sql();
        if (sql != null && sql.contains("coupon")) {
            statements.incrementAndGet();
        }
    }

    public int count() {
        return statements.get();
    }
}
