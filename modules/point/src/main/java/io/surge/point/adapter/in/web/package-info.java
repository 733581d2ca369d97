@org.jspecify.annotations.NullMarked
package io.surge.point.adapter.in.web;
