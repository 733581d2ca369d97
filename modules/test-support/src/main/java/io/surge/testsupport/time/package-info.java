@org.jspecify.annotations.NullMarked
package io.surge.testsupport.time;
