package io.surge.shared.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;

class PageRequestTest {

    private static final PageRequest THREE_AFTER_TEN = new PageRequest(10L, 3);

    @Test
    void readsOneItemMoreThanThePageHolds() {
        assertThat(THREE_AFTER_TEN.limit()).isEqualTo(4);
    }

    @Test
    void aPageWithAnItemBeyondItHasANextKeyThatOfItsLastItem() {
        Page<String> page = THREE_AFTER_TEN.pageOf(List.of("9", "8", "7", "6"), Long::parseLong);

        assertThat(page.items()).containsExactly("9", "8", "7");
        assertThat(page.nextAfter()).isEqualTo(7L);
    }

    @Test
    void aPageWithNothingBeyondItIsTheLast() {
        assertThat(THREE_AFTER_TEN.pageOf(List.of("9", "8", "7"), Long::parseLong))
                .isEqualTo(new Page<>(List.of("9", "8", "7"), null));
        assertThat(THREE_AFTER_TEN.pageOf(List.of("9"), Long::parseLong))
                .isEqualTo(new Page<>(List.of("9"), null));
    }

    @Test
    void nothingReadIsOneEmptyLastPage() {
        Page<String> page = PageRequest.first(3).pageOf(List.of(), Long::parseLong);

        assertThat(page.items()).isEmpty();
        assertThat(page.nextAfter()).isNull();
    }

    @Test
    void mappingAPageKeepsWhereTheNextOneStarts() {
        Page<Long> page = THREE_AFTER_TEN.pageOf(List.of("9", "8", "7", "6"), Long::parseLong).map(Long::parseLong);

        assertThat(page).isEqualTo(new Page<>(List.of(9L, 8L, 7L), 7L));
    }

    @Test
    void aPageHoldsAtLeastOneItem() {
        assertThatIllegalArgumentException().isThrownBy(() -> PageRequest.first(0));
    }
}
