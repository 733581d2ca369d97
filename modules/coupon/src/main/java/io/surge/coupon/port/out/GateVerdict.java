package io.surge.coupon.port.out;

/**
 * The issue gate's answer to one request, decided atomically.
 */
public enum GateVerdict {
    /** The user took a slot; the coupon must now be committed, or the slot given back. */
    ADMITTED,
    /** The gate holds nothing for this coupon (never built, or Redis lost it): build it from MySQL and ask again. */
    NOT_READY,
    /** Outside the coupon's issue window. */
    NOT_OPEN,
    /** The user was admitted before. */
    ALREADY_ISSUED,
    /** Every slot is taken. */
    SOLD_OUT
}
