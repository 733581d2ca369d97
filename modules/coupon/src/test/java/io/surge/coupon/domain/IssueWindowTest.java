package io.surge.coupon.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class IssueWindowTest {

    private static final Instant START = Instant.parse("2026-11-21T01:00:00Z"); // 10:00 in Seoul
    private static final Instant END = Instant.parse("2026-11-21T03:00:00Z");

    @Test
    void isOpenFromItsStartInclusiveUntilItsEndExclusive() {
        IssueWindow window = new IssueWindow(START, END);

        assertThat(window.isOpenAt(START.minusNanos(1000))).isFalse();
        assertThat(window.isOpenAt(START)).isTrue();
        assertThat(window.isOpenAt(END.minusNanos(1000))).isTrue();
        assertThat(window.isOpenAt(END)).isFalse();
    }

    @Test
    void aMissingBoundLeavesThatSideOpen() {
        assertThat(new IssueWindow(null, END).isOpenAt(Instant.EPOCH)).isTrue();
        assertThat(new IssueWindow(START, null).isOpenAt(Instant.parse("2100-01-01T00:00:00Z"))).isTrue();
        assertThat(IssueWindow.ALWAYS.isOpenAt(START)).isTrue();
    }

    @Test
    void startsBeforeItEnds() {
        assertThatIllegalArgumentException().isThrownBy(() -> new IssueWindow(END, START));
        assertThatIllegalArgumentException().isThrownBy(() -> new IssueWindow(START, START));
    }
}
