package io.surge.order.port.out;

import java.time.Instant;
import java.util.Optional;

import io.surge.order.domain.Order;
import io.surge.order.domain.OrderRequest;
import io.surge.shared.paging.Page;
import io.surge.shared.paging.PageRequest;

public interface OrderRepository {

    /** Stores a new order without its lines ({@link #saveLines}); the database assigns the id. */
    Order add(OrderRequest request, Instant placedAt);

    Optional<Order> find(long orderId);

    /** Reads the order and holds its row lock until the transaction ends: saga steps of one order never overlap. */
    Optional<Order> findForUpdate(long orderId);

    /** Stores the order's saga state and amounts. */
    void update(Order order);

    /** Stores the order's lines, or the names and unit prices the catalog reserved them at: one statement. */
    void saveLines(Order order);

    /** A page of the user's orders, newest first, before the order id {@code page.after()}. */
    Page<Order> findByUserNewestFirst(long userId, PageRequest page);
}
