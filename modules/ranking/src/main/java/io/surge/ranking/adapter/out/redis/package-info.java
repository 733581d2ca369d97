@org.jspecify.annotations.NullMarked
package io.surge.ranking.adapter.out.redis;
