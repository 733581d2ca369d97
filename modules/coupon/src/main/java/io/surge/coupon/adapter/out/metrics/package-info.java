@org.jspecify.annotations.NullMarked
package io.surge.coupon.adapter.out.metrics;
