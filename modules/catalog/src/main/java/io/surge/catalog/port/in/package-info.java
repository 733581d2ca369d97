@org.jspecify.annotations.NullMarked
package io.surge.catalog.port.in;
