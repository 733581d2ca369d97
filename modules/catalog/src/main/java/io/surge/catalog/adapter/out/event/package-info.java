@org.jspecify.annotations.NullMarked
package io.surge.catalog.adapter.out.event;
