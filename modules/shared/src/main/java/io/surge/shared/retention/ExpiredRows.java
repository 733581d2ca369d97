package io.surge.shared.retention;

import java.util.function.IntUnaryOperator;

/**
 * A table whose expired rows the retention job purges (ADR 0018). Each module contributes one bean per table it owns,
 * with a batch that deletes at most the number of rows it is given, in its own transaction, and returns how many.
 *
 * @param table the table's name, the {@code table} tag of {@code surge.retention.purged}
 * @param deleteBatch deletes one batch of the table's expired rows
 */
public record ExpiredRows(String table, IntUnaryOperator deleteBatch) {
}
