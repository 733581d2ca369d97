package io.surge.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReservationRequestTest {

    @Test
    void ordersLinesByProductIdSoEveryReservationLocksRowsInTheSameOrder() {
        ReservationRequest request = ReservationRequest.of(List.of(
                new RequestedLine(30, 1), new RequestedLine(10, 2), new RequestedLine(20, 3)));

        assertThat(request.lines()).extracting(RequestedLine::productId).containsExactly(10L, 20L, 30L);
        assertThat(request.first()).isEqualTo(new RequestedLine(10, 2));
    }

    @Test
    void mergesRepeatedProductsIntoOneLine() {
        ReservationRequest request = ReservationRequest.of(List.of(
                new RequestedLine(5, 1), new RequestedLine(3, 4), new RequestedLine(5, 2)));

        assertThat(request.lines()).containsExactly(new RequestedLine(3, 4), new RequestedLine(5, 3));
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, -1, -1_000, Integer.MIN_VALUE })
    void aQuantityBelowOneIsRefusedSoItCanNeverAddStock(int quantity) {
        assertThatIllegalArgumentException().isThrownBy(() -> new RequestedLine(1, quantity));
    }

    @ParameterizedTest
    @ValueSource(longs = { 0, -1 })
    void aProductIdMustBePositive(long productId) {
        assertThatIllegalArgumentException().isThrownBy(() -> new RequestedLine(productId, 1));
    }

    @Test
    void mergedQuantitiesThatOverflowAreRefusedRatherThanWrappingNegative() {
        List<RequestedLine> lines = List.of(new RequestedLine(1, Integer.MAX_VALUE), new RequestedLine(1, 1));

        assertThatIllegalArgumentException().isThrownBy(() -> ReservationRequest.of(lines));
    }

    @Test
    void aReservationNeedsALine() {
        assertThatIllegalArgumentException().isThrownBy(() -> ReservationRequest.of(List.of()));
    }

    @Test
    void linesMustComeMergedAndSorted() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> new ReservationRequest(List.of(new RequestedLine(2, 1), new RequestedLine(1, 1))));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new ReservationRequest(List.of(new RequestedLine(1, 1), new RequestedLine(1, 1))));
    }
}
