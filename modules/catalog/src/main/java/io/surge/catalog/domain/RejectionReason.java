package io.surge.catalog.domain;

/**
 * Why nothing of an order was reserved; the names are part of the event contract.
 */
public enum RejectionReason {
    /** A product has less stock than the order asks for. */
    INSUFFICIENT_STOCK,
    /** A product does not exist. */
    PRODUCT_NOT_FOUND,
    /** The order's stock was released before its reservation request arrived, so it must not reserve any more. */
    ORDER_RELEASED,
    /** A product's price is not the one the order was quoted and paid: the order would get something else. */
    PRICE_CHANGED
}
