@org.jspecify.annotations.NullMarked
package io.surge.order.domain;
