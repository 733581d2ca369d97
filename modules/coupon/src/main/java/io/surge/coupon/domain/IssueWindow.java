package io.surge.coupon.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * When a coupon can be issued: from {@code startsAt} (inclusive) until {@code endsAt} (exclusive); a missing bound
 * leaves that side open. The bounds are instants, so the check needs no time zone.
 */
public record IssueWindow(@Nullable Instant startsAt, @Nullable Instant endsAt) {

    public static final IssueWindow ALWAYS = new IssueWindow(null, null);

    public IssueWindow {
        if (startsAt != null && endsAt != null && !startsAt.isBefore(endsAt)) {
            throw new IllegalArgumentException("an issue window starts before it ends");
        }
    }

    public boolean isOpenAt(Instant now) {
        return (startsAt == null || !now.isBefore(startsAt)) && (endsAt == null || now.isBefore(endsAt));
    }
}
