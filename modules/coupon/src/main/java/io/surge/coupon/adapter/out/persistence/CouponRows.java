package io.surge.coupon.adapter.out.persistence;

import static io.surge.coupon.adapter.out.persistence.jooq.Tables.COUPON;

import io.surge.coupon.domain.CouponTerms;
import io.surge.coupon.domain.Discount;
import io.surge.coupon.domain.IssueWindow;
import org.jooq.Record;

/**
 * Reading coupon terms from any row holding the coupon table's columns.
 */
final class CouponRows {

    private CouponRows() {
    }

    static CouponTerms terms(Record row) {
        return new CouponTerms(row.get(COUPON.NAME),
                new Discount(row.get(COUPON.DISCOUNT_TYPE), row.get(COUPON.DISCOUNT_VALUE),
                        row.get(COUPON.MAX_DISCOUNT_AMOUNT)),
                row.get(COUPON.MIN_ORDER_AMOUNT), row.get(COUPON.TOTAL_QUANTITY),
                new IssueWindow(row.get(COUPON.ISSUE_STARTS_AT), row.get(COUPON.ISSUE_ENDS_AT)),
                row.get(COUPON.VALID_DAYS));
    }
}
