package io.surge.ranking.adapter.out.persistence;

import static io.surge.ranking.adapter.out.persistence.jooq.Tables.RANKING_PRODUCT;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.surge.ranking.domain.ProductDetails;
import io.surge.ranking.port.out.ProductProjectionRepository;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

import org.springframework.stereotype.Repository;

@Repository
class JooqProductProjectionRepository implements ProductProjectionRepository {

    private final DSLContext dsl;

    JooqProductProjectionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void saveIfNewer(ProductDetails details) {
        // bound as the column's type (its UTC converter), not as jOOQ's own INSTANT
        Field<Instant> asOf = DSL.val(details.asOf(), RANKING_PRODUCT.UPDATED_AT);
        Condition newer = RANKING_PRODUCT.UPDATED_AT.lt(asOf);
        // one statement, so two reports racing each other cannot interleave; MySQL assigns left to right, so
        // updated_at goes last and the conditions above it still see the old value
        dsl.insertInto(RANKING_PRODUCT)
                .set(RANKING_PRODUCT.PRODUCT_ID, details.productId())
                .set(RANKING_PRODUCT.NAME, details.name())
                .set(RANKING_PRODUCT.PRICE, details.price())
                .set(RANKING_PRODUCT.UPDATED_AT, asOf)
                .onDuplicateKeyUpdate()
                .set(RANKING_PRODUCT.NAME, DSL.when(newer, DSL.val(details.name())).otherwise(RANKING_PRODUCT.NAME))
                .set(RANKING_PRODUCT.PRICE, DSL.when(newer, DSL.val(details.price())).otherwise(RANKING_PRODUCT.PRICE))
                .set(RANKING_PRODUCT.UPDATED_AT, DSL.when(newer, asOf).otherwise(RANKING_PRODUCT.UPDATED_AT))
                .execute();
    }

    @Override
    public Map<Long, ProductDetails> findAll(Collection<Long> productIds) {
        if (productIds.isEmpty()) {
            return Map.of();
        }
        return dsl.selectFrom(RANKING_PRODUCT)
                .where(RANKING_PRODUCT.PRODUCT_ID.in(productIds))
                .fetch(row -> new ProductDetails(row.getProductId(), row.getName(), row.getPrice(),
                        row.getUpdatedAt()))
                .stream()
                .collect(Collectors.toMap(ProductDetails::productId, Function.identity()));
    }
}
