package io.surge.point.adapter.out.persistence;

import static io.surge.point.adapter.out.persistence.jooq.Tables.WALLET;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

import io.surge.point.domain.Wallet;
import io.surge.point.port.out.WalletRepository;
import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

@Repository
class JooqWalletRepository implements WalletRepository {

    private final DSLContext dsl;
    private final Clock clock;

    JooqWalletRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    @Override
    public Optional<Wallet> find(long userId) {
        return dsl.select(WALLET.USER_ID, WALLET.BALANCE).from(WALLET).where(WALLET.USER_ID.eq(userId))
                .fetchOptional(row -> new Wallet(row.value1(), row.value2()));
    }

    @Override
    public Optional<Wallet> findForUpdate(long userId) {
        return dsl.select(WALLET.USER_ID, WALLET.BALANCE).from(WALLET).where(WALLET.USER_ID.eq(userId)).forUpdate()
                .fetchOptional(row -> new Wallet(row.value1(), row.value2()));
    }

    @Override
    public void lock(long userId) {
        // An upsert takes the row's exclusive lock straight away: INSERT IGNORE would take a shared lock first,
        // and two charges upgrading it to write the new wallet deadlock each other.
        dsl.insertInto(WALLET)
                .set(WALLET.USER_ID, userId)
                .set(WALLET.BALANCE, 0L)
                .set(WALLET.UPDATED_AT, now())
                .onDuplicateKeyUpdate()
                .set(WALLET.USER_ID, userId)
                .execute();
    }

    @Override
    public OptionalLong credit(long userId, long amount, long highestBalanceBefore) {
        lock(userId);
        int changed = dsl.update(WALLET)
                .set(WALLET.BALANCE, WALLET.BALANCE.plus(amount))
                .set(WALLET.UPDATED_AT, now())
                .where(WALLET.USER_ID.eq(userId), WALLET.BALANCE.le(highestBalanceBefore))
                .execute();
        return changed == 1 ? OptionalLong.of(balanceOf(userId)) : OptionalLong.empty();
    }

    @Override
    public OptionalLong debit(Wallet locked, long amount) {
        int changed = dsl.update(WALLET)
                .set(WALLET.BALANCE, WALLET.BALANCE.minus(amount))
                .set(WALLET.UPDATED_AT, now())
                .where(WALLET.USER_ID.eq(locked.userId()), WALLET.BALANCE.ge(amount))
                .execute();
        return changed == 1 ? OptionalLong.of(locked.balance() - amount) : OptionalLong.empty();
    }

    /** Read after our own update in the same transaction: it sees the value that update wrote. */
    private long balanceOf(long userId) {
        return dsl.select(WALLET.BALANCE).from(WALLET).where(WALLET.USER_ID.eq(userId)).fetchSingle().value1();
    }

    private Instant now() {
        return clock.instant();
    }
}
