@org.jspecify.annotations.NullMarked
package io.surge.ranking.port.out;
