package io.surge.ranking.application;

import java.time.LocalDate;

import io.surge.ranking.domain.SaleLines;

/**
 * A change to a day's sales that MySQL now holds, and the generation of the day's Redis build it belongs to.
 */
record CountedChange(LocalDate salesDate, long generation, SaleLines lines) {
}
