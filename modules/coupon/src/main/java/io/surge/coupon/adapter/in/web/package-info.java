@org.jspecify.annotations.NullMarked
package io.surge.coupon.adapter.in.web;
