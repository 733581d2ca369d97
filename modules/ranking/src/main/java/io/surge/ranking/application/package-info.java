@org.jspecify.annotations.NullMarked
package io.surge.ranking.application;
