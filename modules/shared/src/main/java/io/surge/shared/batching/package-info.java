/**
 * Writes that many threads ask for, done together: one writer thread, one statement or transaction per batch
 * ({@link io.surge.shared.batching.BatchWriter}).
 */
@org.jspecify.annotations.NullMarked
package io.surge.shared.batching;
