package io.surge.catalog.adapter.out.persistence;

import static io.surge.catalog.adapter.out.persistence.jooq.Tables.PRODUCT;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.surge.catalog.adapter.out.persistence.jooq.tables.records.ProductRecord;
import io.surge.catalog.domain.Product;
import io.surge.catalog.port.out.ProductRepository;
import io.surge.shared.paging.Page;
import io.surge.shared.paging.PageRequest;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.types.DayToSecond;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;

@Repository
class JooqProductRepository implements ProductRepository {

    private static final DayToSecond ONE_MICROSECOND = new DayToSecond(0, 0, 0, 0, 1_000);

    private final DSLContext dsl;

    JooqProductRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Product> find(long productId) {
        return dsl.selectFrom(PRODUCT).where(PRODUCT.PRODUCT_ID.eq(productId))
                .fetchOptional(JooqProductRepository::toProduct);
    }

    @Override
    public Optional<Product> findLocked(long productId) {
        return dsl.selectFrom(PRODUCT).where(PRODUCT.PRODUCT_ID.eq(productId)).forShare()
                .fetchOptional(JooqProductRepository::toProduct);
    }

    @Override
    public List<Product> findAll(Collection<Long> productIds) {
        return dsl.selectFrom(PRODUCT).where(PRODUCT.PRODUCT_ID.in(productIds)).orderBy(PRODUCT.PRODUCT_ID)
                .fetch(JooqProductRepository::toProduct);
    }

    @Override
    public Page<Product> findPage(PageRequest page) {
        Long after = page.after();
        return page.pageOf(dsl.selectFrom(PRODUCT)
                .where(after == null ? DSL.noCondition() : PRODUCT.PRODUCT_ID.gt(after))
                .orderBy(PRODUCT.PRODUCT_ID.asc())
                .limit(page.limit())
                .fetch(JooqProductRepository::toProduct), Product::productId);
    }

    @Override
    public long register(String name, long price, long stock, Instant at) {
        return dsl.insertInto(PRODUCT)
                .set(PRODUCT.NAME, name)
                .set(PRODUCT.PRICE, price)
                .set(PRODUCT.STOCK, stock)
                .set(PRODUCT.CREATED_AT, at)
                .set(PRODUCT.UPDATED_AT, at)
                .returningResult(PRODUCT.PRODUCT_ID)
                .fetchSingle()
                .value1();
    }

    @Override
    public boolean change(long productId, @Nullable String name, @Nullable Long price, Instant at) {
        Map<Field<?>, Object> changes = new LinkedHashMap<>();
        if (name != null) {
            changes.put(PRODUCT.NAME, name);
        }
        if (price != null) {
            changes.put(PRODUCT.PRICE, price);
        }
        changes.put(PRODUCT.UPDATED_AT, stampedAfterCurrent(at));
        return dsl.update(PRODUCT).set(changes).where(PRODUCT.PRODUCT_ID.eq(productId)).execute() == 1;
    }

    @Override
    public boolean adjustStock(long productId, long delta, long maxStock, Instant at) {
        return dsl.update(PRODUCT)
                .set(PRODUCT.STOCK, PRODUCT.STOCK.plus(delta))
                .set(PRODUCT.UPDATED_AT, stampedAfterCurrent(at))
                .where(PRODUCT.PRODUCT_ID.eq(productId))
                .and(delta < 0 ? PRODUCT.STOCK.plus(delta).ge(0L) : PRODUCT.STOCK.plus(delta).le(maxStock))
                .execute() == 1;
    }

    @Override
    public boolean take(long productId, long quantity, long unitPrice, Instant at) {
        return dsl.update(PRODUCT)
                .set(PRODUCT.STOCK, PRODUCT.STOCK.minus(quantity))
                .set(PRODUCT.UPDATED_AT, stampedAfterCurrent(at))
                .where(PRODUCT.PRODUCT_ID.eq(productId), PRODUCT.STOCK.ge(quantity), PRODUCT.PRICE.eq(unitPrice))
                .execute() == 1;
    }

    @Override
    public void putBack(long productId, long quantity, Instant at) {
        int changed = dsl.update(PRODUCT)
                .set(PRODUCT.STOCK, PRODUCT.STOCK.plus(quantity))
                .set(PRODUCT.UPDATED_AT, stampedAfterCurrent(at))
                .where(PRODUCT.PRODUCT_ID.eq(productId))
                .execute();
        if (changed != 1) {
            throw new IllegalStateException("product " + productId + " is gone; its reserved stock cannot go back");
        }
    }

    private static Product toProduct(ProductRecord row) {
        return new Product(row.getProductId(), row.getName(), row.getPrice(), row.getStock(),
                row.getCreatedAt(), row.getUpdatedAt());
    }

    /**
     * {@code at}, or one microsecond after the row's current stamp if that is not earlier. The {@code UPDATE} reads
     * that stamp under the row's lock, so a row's stamps grow in the order its changes commit, even when {@code at}
     * was read from the clock before a wait for the lock, or on an instance whose clock lags. Ranking keeps the
     * product report with the newest stamp, so it ends on the catalog's last change. {@code at} is bound as the
     * column's type (its UTC converter), not as jOOQ's own INSTANT.
     */
    private static Field<Instant> stampedAfterCurrent(Instant at) {
        return DSL.greatest(DSL.val(at, PRODUCT.UPDATED_AT), PRODUCT.UPDATED_AT.plus(ONE_MICROSECOND));
    }
}
