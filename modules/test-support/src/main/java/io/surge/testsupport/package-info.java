/**
 * Shared test infrastructure: how tests reach MariaDB/MySQL, Redis and Kafka, how they are isolated from one
 * another, the architecture rules every module is held to, and the harnesses tests share (the HTTP client with tokens,
a topic reader, a race of real threads released together). Test scope only; see ADR 0005.
 */
@org.jspecify.annotations.NullMarked
package io.surge.testsupport;
