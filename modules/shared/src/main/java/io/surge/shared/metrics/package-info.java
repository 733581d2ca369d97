/**
 * Business metrics: modules count outcomes through an outbound port of their own, whose Micrometer adapter keeps a
 * {@link io.surge.shared.metrics.CommittedCount} per series (ADR 0019).
 */
@org.jspecify.annotations.NullMarked
package io.surge.shared.metrics;
