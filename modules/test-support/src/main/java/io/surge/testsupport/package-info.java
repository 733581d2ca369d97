/**
 * Shared test infrastructure: how tests reach MariaDB/MySQL, Redis and Kafka, how they are isolated from one
 * another, and the architecture rules every module is held to. Test scope only; see ADR 0005.
 */
package io.surge.testsupport;
