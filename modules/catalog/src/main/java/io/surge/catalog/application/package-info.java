@org.jspecify.annotations.NullMarked
package io.surge.catalog.application;
