package io.surge.catalog.port.in;

import io.surge.catalog.domain.Product;
import io.surge.shared.paging.Page;
import io.surge.shared.paging.PageRequest;

public interface ListProductsQuery {

    /** A page of products in ascending id: the keys of {@code page} are product ids. */
    Page<Product> products(PageRequest page);
}
