@org.jspecify.annotations.NullMarked
package io.surge.point.adapter.out.persistence;
