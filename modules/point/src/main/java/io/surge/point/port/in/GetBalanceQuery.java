package io.surge.point.port.in;

import io.surge.point.domain.Wallet;

public interface GetBalanceQuery {

    Wallet balanceOf(long userId);
}
