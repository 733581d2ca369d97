@org.jspecify.annotations.NullMarked
package io.surge.shared.idempotency.persistence;
