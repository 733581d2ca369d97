package io.surge.coupon.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.surge.shared.error.BusinessException;
import io.surge.shared.error.BusinessException.FieldViolation;
import org.jspecify.annotations.Nullable;

/**
 * What a coupon is: its name, discount, minimum order amount, how many exist, when they can be issued, and how long
 * an issued one stays usable. Terms never change once the coupon is created.
 *
 * <p>An issued coupon expires {@code validDays} × 24 hours after it was issued, to the microsecond (not at the end of
 * a business day): simple to explain, and the same for every user whatever their time zone (ADR 0008).
 */
public record CouponTerms(String name, Discount discount, long minOrderAmount, long totalQuantity, IssueWindow window,
        int validDays) {

    public static final int MAX_NAME_LENGTH = 200;
    /** Larger than any order can be (50 lines × 1,000 × 100,000,000 won): a sanity bound for amounts. */
    public static final long MAX_AMOUNT = 10_000_000_000_000L;
    /** The gate rebuild reads every winner of a coupon from MySQL; this keeps that bounded. */
    public static final long MAX_QUANTITY = 10_000_000;
    public static final int MAX_VALID_DAYS = 3_650;

    public CouponTerms {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(discount, "discount");
        Objects.requireNonNull(window, "window");
        if (name.isBlank() || name.length() > MAX_NAME_LENGTH || minOrderAmount < 0 || totalQuantity < 1
                || totalQuantity > MAX_QUANTITY || validDays < 1 || validDays > MAX_VALID_DAYS) {
            throw new IllegalArgumentException("invalid coupon terms; define them with CouponTerms.define");
        }
    }

    /**
     * Checks a coupon definition as an administrator sent it and reports every broken rule at once.
     *
     * @throws BusinessException {@code VALIDATION_FAILED} naming each invalid field
     */
    public static CouponTerms define(@Nullable String name, @Nullable DiscountType discountType, long discountValue,
            @Nullable Long maxDiscountAmount, @Nullable Long minOrderAmount, long totalQuantity,
            @Nullable Instant issueStartsAt, @Nullable Instant issueEndsAt, int validDays) {
        List<FieldViolation> violations = new ArrayList<>();
        if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            violations.add(new FieldViolation("name", "must be 1.." + MAX_NAME_LENGTH + " characters, not blank"));
        }
        if (discountType == null) {
            violations.add(new FieldViolation("discountType", "must be FIXED or PERCENT"));
        } else if (discountType == DiscountType.PERCENT && (discountValue < 1 || discountValue > 100)) {
            violations.add(new FieldViolation("discountValue", "must be between 1 and 100 for a PERCENT coupon"));
        } else if (discountType == DiscountType.FIXED && (discountValue < 1 || discountValue > MAX_AMOUNT)) {
            violations.add(new FieldViolation("discountValue", "must be between 1 and " + MAX_AMOUNT
                    + " for a FIXED coupon"));
        }
        if (maxDiscountAmount != null && discountType == DiscountType.FIXED) {
            violations.add(new FieldViolation("maxDiscountAmount", "applies to PERCENT coupons only"));
        } else if (maxDiscountAmount != null && (maxDiscountAmount < 1 || maxDiscountAmount > MAX_AMOUNT)) {
            violations.add(new FieldViolation("maxDiscountAmount", "must be between 1 and " + MAX_AMOUNT));
        }
        if (minOrderAmount != null && (minOrderAmount < 0 || minOrderAmount > MAX_AMOUNT)) {
            violations.add(new FieldViolation("minOrderAmount", "must be between 0 and " + MAX_AMOUNT));
        }
        if (totalQuantity < 1 || totalQuantity > MAX_QUANTITY) {
            violations.add(new FieldViolation("totalQuantity", "must be between 1 and " + MAX_QUANTITY));
        }
        if (issueStartsAt != null && issueEndsAt != null && !issueStartsAt.isBefore(issueEndsAt)) {
            violations.add(new FieldViolation("issueEndsAt", "must be after issueStartsAt"));
        }
        if (validDays < 1 || validDays > MAX_VALID_DAYS) {
            violations.add(new FieldViolation("validDays", "must be between 1 and " + MAX_VALID_DAYS));
        }
        if (!violations.isEmpty()) {
            throw new BusinessException("VALIDATION_FAILED", BusinessException.Category.INVALID,
                    "The coupon definition is invalid.", violations, Map.of());
        }
        // stored with microseconds, so kept with microseconds: what is answered now is what is read back later
        IssueWindow window = new IssueWindow(micros(issueStartsAt), micros(issueEndsAt));
        return new CouponTerms(name.strip(), new Discount(discountType, discountValue, maxDiscountAmount),
                minOrderAmount == null ? 0 : minOrderAmount, totalQuantity, window, validDays);
    }

    private static @Nullable Instant micros(@Nullable Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    /** When a coupon issued at {@code issuedAt} stops being usable. */
    public Instant expiryFor(Instant issuedAt) {
        return issuedAt.plus(Duration.ofDays(validDays));
    }

    public boolean acceptsOrderOf(long orderAmount) {
        return orderAmount >= minOrderAmount;
    }
}
