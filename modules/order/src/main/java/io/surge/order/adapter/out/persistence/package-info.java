@org.jspecify.annotations.NullMarked
package io.surge.order.adapter.out.persistence;
