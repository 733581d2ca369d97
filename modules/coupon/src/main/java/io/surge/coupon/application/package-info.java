@org.jspecify.annotations.NullMarked
package io.surge.coupon.application;
