package io.surge.shared.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

/** A count taken inside a transaction is added when it commits, and never when it rolls back. */
class CommittedCountTest {

    final CommittedCount count = new CommittedCount();

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void outsideATransactionItCountsAtOnce() {
        count.increment();

        assertThat(count.value()).isEqualTo(1);
    }

    @Test
    void insideATransactionItCountsWhenTheTransactionCommits() {
        TransactionSynchronizationManager.initSynchronization();
        count.increment();
        count.increment();
        assertThat(count.value()).as("before the commit").isZero();

        TransactionSynchronizationUtils.triggerAfterCommit();

        assertThat(count.value()).isEqualTo(2);
    }

    @Test
    void aTransactionThatRollsBackIsNotCounted() {
        TransactionSynchronizationManager.initSynchronization();
        count.increment();

        TransactionSynchronizationUtils.triggerAfterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK);

        assertThat(count.value()).isZero();
    }
}
