package io.surge.point.adapter.in.web;

record BalanceResponse(long userId, long balance) {
}
