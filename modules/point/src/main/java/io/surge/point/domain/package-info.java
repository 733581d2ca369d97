@org.jspecify.annotations.NullMarked
package io.surge.point.domain;
