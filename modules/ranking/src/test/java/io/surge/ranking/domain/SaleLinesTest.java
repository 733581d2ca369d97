package io.surge.ranking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SaleLinesTest {

    @Test
    void repeatedProductsAreMergedAndLinesAreInProductIdOrder() {
        SaleLines lines = SaleLines.of(List.of(new Sale(9, 1), new Sale(2, 3), new Sale(9, 4), new Sale(5, 1)));

        assertThat(lines.lines()).containsExactly(new Sale(2, 3), new Sale(5, 1), new Sale(9, 5));
    }

    @Test
    void aCancellationTakesBackExactlyTheSameLines() {
        SaleLines lines = SaleLines.of(List.of(new Sale(2, 3), new Sale(5, 1)));

        assertThat(lines.negated().lines()).containsExactly(new Sale(2, -3), new Sale(5, -1));
        assertThat(lines.negated().negated()).isEqualTo(lines);
    }

    @Test
    void linesThatCancelOutAreDropped() {
        assertThat(SaleLines.of(List.of(new Sale(2, 3), new Sale(2, -3))).isEmpty()).isTrue();
    }
}
